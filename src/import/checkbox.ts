/**
 * What counts as a checkbox in a guide. GFM's `- [ ]`/`- [x]` is only one of
 * the ways people write them: `[✅]`, `[✔️]`, `[v]`, `☐`/`☑`/`✅`/`⬜` bullets,
 * and in tables a cell that is nothing but a mark. A bracketed word that is
 * not a mark (`[과제]`, `[WIP]`) is a look-alike: kept as text and reported.
 */
import type { Box } from './ir.js';

const VS16 = /\uFE0F/g;
// Inside brackets: [x], [✔️], [O]; [-], [~] and [/] mean "started", which is not done.
const CHECKED_IN_BRACKETS = new Set(['x', 'X', '✓', '✔', '✅', '☑', '☒', 'v', 'V', 'o', 'O', '🗸', '●', '■']);
const OPEN_IN_BRACKETS = new Set(['', ' ', '\u3000', '\u3164', '⬜', '☐', '🔲', '-', '~', '/', '✗', '✘', '❌', '○']);
// As a bullet of their own: ☐ Task, ☑ Task, ✅ Task.
const CHECKED_BULLETS = ['☑', '☒', '✅', '✔', '✓', '🗹', '🗸'];
const OPEN_BULLETS = ['☐', '⬜', '🔲', '□'];
// Only as a whole table cell: ❌ and ✖ say "not done" there, and are warnings elsewhere.
// A bare X is left out: in Korean tables O/X mean yes/no, in English ones x means done.
const CHECKED_CELLS = [...CHECKED_BULLETS, 'O', 'o', 'V', 'v', '●', '완료', 'done', 'Done', 'DONE'];
const OPEN_CELLS = [...OPEN_BULLETS, '❌', '✖', '✗', '✘', '-', '–', '·', '○', '미완료', 'todo', 'TODO'];

export interface Leading {
  box?: Box;
  /** A bracketed word that is not a mark. */
  lookalike?: boolean;
  /** The text after the mark. */
  rest: string;
}

const bracket = /^\[([^\[\]\n]{0,4})\](?![(\[:])(?:[ \t\u00a0]+|$)/u;
const word = /^\[[^\[\]\s]{1,16}\](?![(\[:])/u;

/** A checkbox at the start of `text` (a list item, a line, a table cell). */
export function leadingBox(text: string, bullets = true): Leading {
  const t = text.replace(/^[\s\u00a0]+/, '');
  const m = bracket.exec(t);
  if (m) {
    const inner = m[1]!.replace(VS16, '');
    const trimmed = inner.trim();
    if (CHECKED_IN_BRACKETS.has(trimmed)) return { box: { checked: true, mark: `[${m[1]}]` }, rest: t.slice(m[0].length) };
    if (OPEN_IN_BRACKETS.has(inner) || OPEN_IN_BRACKETS.has(trimmed)) return { box: { checked: false, mark: `[${m[1]}]` }, rest: t.slice(m[0].length) };
  }
  if (word.test(t)) return { lookalike: true, rest: t };
  if (bullets) {
    const plain = t.replace(VS16, '');
    for (const [marks, checked] of [[CHECKED_BULLETS, true], [OPEN_BULLETS, false]] as const) {
      const mark = marks.find((b) => plain.startsWith(b) && (plain.length === b.length || /[\s\u00a0]/.test(plain[b.length]!)));
      if (mark) return { box: { checked, mark: t.slice(0, t.length - plain.length + mark.length).trimEnd() || mark }, rest: plain.slice(mark.length).trim() };
    }
  }
  return { rest: t };
}

/** A table cell that is only a mark ("✅", "❌", "[x]", "완료"), or starts with a bracketed one ("[ ] 과제"). */
export function cellBox(text: string): Leading {
  const t = text.trim();
  const lead = leadingBox(t);
  if (lead.box) return lead;
  const plain = t.replace(VS16, '');
  if (CHECKED_CELLS.includes(plain)) return { box: { checked: true, mark: t }, rest: '' };
  if (OPEN_CELLS.includes(plain)) return { box: { checked: false, mark: t }, rest: '' };
  return lead;
}

/** True for the marks that only a whole cell can be (so an empty or "-" cell in a status column is an open box). */
export const isOpenCellMark = (text: string) => text.trim() === '' || OPEN_CELLS.includes(text.trim().replace(VS16, ''));
