/**
 * The Korean and the English notes show the same code: every text has the same
 * code blocks in both languages, in the same order, with the same tag, and the
 * same code once comments are removed (comments are translated; code is not).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { ROOT } from '../helpers/cli.js';
import { fencedBlocks, markdownTexts, type Block } from '../helpers/snippets.js';

const texts = markdownTexts(loadCurriculum(join(ROOT, 'curriculum')));

const HASH = new Set(['python', 'py', 'bash', 'sh', 'shell', 'yaml', 'yml', 'dockerfile', 'toml', 'promql', 'ini', 'dotenv', 'env']);
const SLASH = new Set(['groovy', 'jenkinsfile', 'javascript', 'js', 'typescript', 'ts']);

/** The end of the code on a line: where a comment starts outside quotes, or the line's end. */
function codeEnd(line: string, marker: '#' | '//'): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]!))) return i;
  }
  return line.length;
}

/** The code of a block without comments, trailing spaces or lines left empty by removing them. */
function withoutComments(block: Block): string {
  const marker = HASH.has(block.tag) ? '#' : SLASH.has(block.tag) ? '//' : undefined;
  let code = block.code;
  if (block.tag === 'markdown' || block.tag === 'html') code = code.replace(/<!--[\s\S]*?-->/g, '');
  const directive = (line: string) => block.tag === 'dockerfile' && /^\s*#\s*(syntax|escape)=/.test(line);
  return code
    .split('\n')
    .flatMap((line) => {
      const kept = (marker && !directive(line) ? line.slice(0, codeEnd(line, marker)) : line).trimEnd();
      return kept === '' && line.trim() !== '' ? [] : [kept]; // A comment-only line goes entirely.
    })
    .filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '')
    .join('\n')
    .trim();
}

describe('code blocks in Korean and English', () => {
  const pairs = texts.map(({ file, field, text }) => ({ where: `${file} (${field})`, ko: fencedBlocks(text.ko ?? ''), en: fencedBlocks(text.en ?? '') }));

  it('has the same blocks, with the same tags, in both languages of every text', () => {
    const bad = pairs
      .filter(({ ko, en }) => ko.map((b) => b.tag).join(',') !== en.map((b) => b.tag).join(','))
      .map(({ where, ko, en }) => `${where}: ko [${ko.map((b) => b.tag).join(', ')}] vs en [${en.map((b) => b.tag).join(', ')}]`);
    expect(bad).toEqual([]);
  });

  it('has the same code apart from comments', () => {
    const bad = pairs.flatMap(({ where, ko, en }) =>
      ko.flatMap((block, i) => {
        const other = en[i];
        if (!other || other.tag !== block.tag) return [];
        const [a, b] = [withoutComments(block), withoutComments(other)];
        if (a === b) return [];
        const lines = [a.split('\n'), b.split('\n')];
        const at = lines[0]!.findIndex((line, j) => line !== lines[1]![j]);
        const n = at < 0 ? lines[0]!.length : at;
        return [`${where}, block ${i + 1} (${block.tag}), line ${n + 1}:\n  ko: ${lines[0]![n] ?? '(none)'}\n  en: ${lines[1]![n] ?? '(none)'}`];
      }),
    );
    expect(bad).toEqual([]);
  });
});

describe('withoutComments', () => {
  it('removes comments, never code that looks like one', () => {
    const block = (tag: string, code: string): Block => ({ tag, code, wrong: false });
    expect(withoutComments(block('python', 'x = 1  # 하나\n# 주석만\nprint("# not a comment")'))).toBe('x = 1\nprint("# not a comment")');
    expect(withoutComments(block('bash', 'echo ${#arr[@]} # count\ncurl http://x/#frag'))).toBe('echo ${#arr[@]}\ncurl http://x/#frag');
    expect(withoutComments(block('groovy', "sh 'pytest' // 테스트\n// stage"))).toBe("sh 'pytest'");
    expect(withoutComments(block('text', 'accuracy: 0.97 # kept'))).toBe('accuracy: 0.97 # kept');
  });
});
