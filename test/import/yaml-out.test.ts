/**
 * import writes its YAML with its own small writer (src/import/yaml-out.ts)
 * and validates the data it wrote from, not the file: so the yaml library
 * must read back exactly that data, for every kind of text a guide can hold.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scalar, toYaml } from '../../src/import/yaml-out.js';

const tricky = [
  'plain', 'Week 1: Containers', '1.0.0', '01', '0x1f', '.5', '-1', '+1', '1e3', '2024-01-01', 'true', 'False', 'yes', 'Off', 'null', '~', 'y', 'n',
  '- dash', '? q', ': colon', '# hash', 'a # b', 'a: b', 'ends:', ' lead', 'trail ', '', '"q"', "'s'", '[x] task', '{a}', '*star', '&amp', '!tag', '|pipe', '>gt', '%p', '@a', '`b`', ',comma',
  'line1\nline2', 'line1\nline2\n', 'l1\n\nl3\n\n', '  indented\nx', 'x\n  y', 'x\n   \ny', '\nleading newline', 'tab\there', '\ttab first', 'a\tb\nc',
  '🚀 실습 프로젝트', '"1주차"', '0주차: OT', 'a\u2028b', 'x\r\ny', '\\backslash\\', 'ends with colon:\nnext', '- [ ] 과제\n- [x] 완료', '```bash\nls -la\n```',
];

describe('yaml-out', () => {
  it('writes every tricky text so that yaml reads it back unchanged, as a value, in lists and in nested maps', () => {
    const data = { list: tricky, nested: tricky.map((text, i) => ({ id: `x-${i}`, text, more: [text] })), number: 3 };
    const back = parse(toYaml(data, 'a comment: # with marks'));
    expect(back.list).toEqual(tricky);
    expect(back.nested.map((n: { text: string }) => n.text)).toEqual(tricky);
    expect(back.nested.map((n: { more: string[] }) => n.more[0])).toEqual(tricky);
    expect(back.number).toBe(3);
  });

  it('reads as people expect: plain where safe, literal blocks for notes, indented lists', () => {
    expect(scalar('dvc-remotes')).toBe('dvc-remotes');
    expect(scalar('1.0.0')).toBe('"1.0.0"');
    expect(toYaml({ topics: [{ id: 't', notes: 'a\nb\n' }], items: [] }, 'c')).toBe('# c\ntopics:\n  - id: t\n    notes: |\n      a\n      b\nitems: []\n');
  });

  it('round-trips random text (seeded), characters from every range guides use', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = ['a', 'Z', ' ', ' ', '\n', '\t', ':', '#', '-', '"', "'", '\\', '[', ']', '{', '}', '|', '>', '가', '한', '😀', '1', '.', ',', '*', '&', '!', '%', '@', '`'];
    const texts = Array.from({ length: 2000 }, () => Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pool[Math.floor(rand() * pool.length)]).join(''));
    expect(parse(toYaml({ texts }, 'random')).texts).toEqual(texts);
  });
});
