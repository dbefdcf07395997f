/** Our display width agrees with string-width on every string the curriculum and interface print. */
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { messages } from '../../src/i18n/messages.js';
import { displayWidth, stripAnsi } from '../../src/ui/width.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(...value.split('\n'));
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['한국어', 6],
    ['DVC를 활용한', 12],
    ['ｄｖｃ', 6],
    ['✔ done', 6],
    ['📚 목차', 7],
    ['e\u0301', 1],
    ['\u001b[1mbold\u001b[22m', 4],
    ['\u001b]8;;https://x.y\u0007link\u001b]8;;\u0007', 4],
    ['', 0],
  ])('%j is %i columns', (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });

  it('matches string-width on every line of the curriculum, the guide and the interface', () => {
    const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
    const all = [
      ...strings(curriculum),
      ...readFileSync(join(FIXTURES, 'guide', 'mlops-study-guide.md'), 'utf8').split('\n'),
      ...strings(Object.values(messages('ko')).map((m) => (typeof m === 'function' ? (m as (...a: unknown[]) => string)(3, 'x', 2) : m))),
      ...'✔✘•→█░▸○↺✎…—–·↕❯◯◉'.split(''),
    ];
    expect(all.length).toBeGreaterThan(5000);
    const differ = all.filter((s) => displayWidth(s) !== stringWidth(s));
    expect(differ).toEqual([]);
  });

  it('strips escape codes', () => {
    expect(stripAnsi('\u001b[31mred\u001b[39m plain')).toBe('red plain');
  });
});
