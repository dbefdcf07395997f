/** Every checkbox of the study guide is a checklist item of the built-in curriculum, verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

const guide = readFileSync(join(FIXTURES, 'guide', 'mlops-study-guide.md'), 'utf8');
const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const items = curriculum.weeks.flatMap((w) => w.items);

describe('the guide in the curriculum', () => {
  const checkboxes = guide
    .split('\n')
    .map((line) => /^\s*[-*] \[[ xX]\] (.+)$/.exec(line)?.[1]?.trim())
    .filter((text): text is string => Boolean(text));

  it('finds the 26 checkboxes of 학습 로드맵 and 학습 체크리스트', () => {
    expect(checkboxes).toHaveLength(26);
  });

  it.each(checkboxes.map((text, i) => [i + 1, text]))('checkbox %i "%s" is an item', (_n, text) => {
    expect(items.map((i) => i.text.ko)).toContain(text);
  });

  it('keeps the six weeks of 다음 스터디 계획 in order', () => {
    const plan = [...guide.matchAll(/^\d+\. \*\*(\d)주차\*\*: (.+)$/gm)].map((m) => m[2]!.trim());
    expect(plan).toHaveLength(6);
    expect(curriculum.weeks.map((w) => w.title.ko)).toEqual(plan);
  });

  it('gives every item both languages and every non-process item a topic', () => {
    for (const item of items) {
      expect(item.text.ko && item.text.en, item.id).toBeTruthy();
      if (item.source !== 'process') expect(item.topic, item.id).toBeDefined();
    }
  });
});
