/**
 * Every `*` in the prose of the study material is emphasis the renderer
 * understands: none is left on screen as a literal asterisk (outside code).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { parseInline, type Inline } from '../../src/ui/inline.js';
import { ROOT } from '../helpers/cli.js';
import { markdownTexts } from '../helpers/snippets.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));

/** The text nodes a line renders to (code spans and links' targets are not text). */
function textNodes(nodes: Inline[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [n.text] : n.kind === 'code' ? [] : n.kind === 'link' ? textNodes(n.label) : textNodes(n.children)));
}

describe('emphasis in the study material', () => {
  it('leaves no literal asterisk in any rendered line of prose, Korean or English', () => {
    const texts = [
      ...markdownTexts(curriculum).map(({ file, field, text }) => ({ where: `${file} (${field})`, text })),
      ...curriculum.questions.flatMap((q) => [{ where: `${q.id} prompt`, text: q.prompt }, { where: `${q.id} explanation`, text: q.explanation }]),
    ];
    const bad = texts.flatMap(({ where, text }) =>
      (['ko', 'en'] as const).flatMap((lang) => {
        const prose = (text[lang] ?? '').replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\s*\2[^\n]*$/gm, '');
        return prose
          .split('\n')
          .map((line) => line.replace(/^\s*[-*+]\s+/, '')) // a list marker is not emphasis
          .filter((line) => textNodes(parseInline(line)).some((t) => t.includes('*')))
          .map((line) => `${where}, ${lang}: ${line.trim().slice(0, 100)}`);
      }),
    );
    expect(bad).toEqual([]);
  });
});
