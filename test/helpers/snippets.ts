/**
 * The study material's markdown texts and the fenced code blocks in them, with
 * where each one is (file, line, field, language), for the content tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Curriculum } from '../../src/curriculum/types.js';
import type { Lang, Localized } from '../../src/i18n/lang.js';
import { ROOT } from './cli.js';

export interface MarkdownText {
  file: string;
  /** "topic dvc-basics notes", "week 2 assignment", … */
  field: string;
  text: Localized;
}

/** Every markdown field of the weeks: notes, exercises, pitfalls and assignments. */
export function markdownTexts(curriculum: Curriculum): MarkdownText[] {
  return curriculum.weeks.flatMap((week) => [
    ...week.topics.flatMap((t) => [
      { file: week.file, field: `topic ${t.id} notes`, text: t.notes },
      ...(t.exercise
        ? [
            { file: week.file, field: `topic ${t.id} exercise task`, text: t.exercise.task },
            { file: week.file, field: `topic ${t.id} exercise expected`, text: t.exercise.expected },
          ]
        : []),
      ...t.pitfalls.map((p, i) => ({ file: week.file, field: `topic ${t.id} pitfall ${i + 1}`, text: p })),
    ]),
    ...(week.assignment ? [{ file: week.file, field: `week ${week.number} assignment`, text: week.assignment.description }] : []),
  ]);
}

export interface Block {
  /** The info string's first word, lower case ("" when there is none). */
  tag: string;
  code: string;
  /** Marked deliberately broken: its first line is `# wrong`, `// wrong` or `<!-- wrong -->`. */
  wrong: boolean;
}

const WRONG = /^\s*(#|\/\/|<!--)\s*wrong\b/i;

/** The fenced code blocks of a markdown text, the way the renderer finds them. */
export function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(```|~~~)\s*([^\s`]*)/.exec(lines[i]!);
    if (!fence) continue;
    const indent = fence[1]!.length;
    const body: string[] = [];
    while (++i < lines.length && !lines[i]!.trimStart().startsWith(fence[2]!)) {
      const line = lines[i]!;
      body.push(line.slice(Math.min(indent, line.length - line.trimStart().length)));
    }
    blocks.push({ tag: fence[3]!.toLowerCase(), code: body.join('\n'), wrong: WRONG.test(body[0] ?? '') });
  }
  return blocks;
}

export interface Snippet extends Block {
  file: string;
  field: string;
  lang: Lang;
  /** 1-based position among the blocks of this text. */
  n: number;
  /** Where to look: file:line of the block's first code line (its first occurrence in the file). */
  at: string;
}

const fileLines = new Map<string, string[]>();
function lineOf(file: string, code: string): number {
  if (!fileLines.has(file)) fileLines.set(file, readFileSync(join(ROOT, file), 'utf8').split('\n'));
  const first = code.split('\n').find((l) => l.trim())?.trim();
  const index = first ? fileLines.get(file)!.findIndex((l) => l.trim() === first) : -1;
  return index + 1;
}

export function snippets(curriculum: Curriculum): Snippet[] {
  return markdownTexts(curriculum).flatMap(({ file, field, text }) =>
    (['ko', 'en'] as const).flatMap((lang) =>
      fencedBlocks(text[lang] ?? '').map((block, i) => ({ ...block, file, field, lang, n: i + 1, at: `${file}:${lineOf(file, block.code)}` })),
    ),
  );
}

/** "curriculum/weeks/02-dvc.yaml:131 (topic dvc-basics notes, ko, block 2)" */
export const describeSnippet = (s: Snippet) => `${s.at} (${s.field}, ${s.lang}, block ${s.n} \`${s.tag || 'no tag'}\`)`;
