/**
 * Width-aware text layout for the terminal: Korean syllables take two
 * columns, ANSI codes none. Wrapping never splits a character in half.
 */
import { charWidth, displayWidth } from './width.js';

export const width = displayWidth;

/**
 * Glue for words that must stay on one line: a command in a hint is joined
 * with it (see Context.cmd), so wrapping moves it to a line of its own, whole,
 * even when it is longer than the terminal. Output turns it back into spaces
 * (ui/output.ts), so what is copied from the screen runs when pasted.
 */
export const GLUE = '\u00a0';

export function unbreakable(text: string): string {
  return text.replaceAll(' ', GLUE);
}

export function unglue(text: string): string {
  return text.includes(GLUE) ? text.replaceAll(GLUE, ' ') : text;
}

/**
 * Text that came from a file, made safe for the terminal (control and bidi
 * characters shown as `\uXXXX`, line breaks kept). The one implementation is
 * in src/util/untrusted.ts; this name stays for the renderers that use it.
 */
export { terminalText as sanitize, terminalLine } from '../util/untrusted.js';

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/**
 * Characters with their combining marks attached, so a cut never separates
 * them. (Intl.Segmenter would do this too, but building one costs ~20 ms.)
 */
function* graphemes(text: string): Generator<{ segment: string }> {
  let current = '';
  for (const ch of text) {
    if (current && charWidth(ch.codePointAt(0)!) === 0 && !ch.startsWith('\u001b')) current += ch;
    else {
      if (current) yield { segment: current };
      current = ch;
    }
  }
  if (current) yield { segment: current };
}

/** Cuts text to at most `columns`, with an ellipsis when cut. */
export function truncate(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  for (const { segment } of graphemes(text)) {
    if (width(out + segment) > columns - 1) break;
    out += segment;
  }
  return `${out}…`;
}

/** An absolute or relative path, a home path, or a Windows one: `/a/b`, `./a`, `../a`, `~/a`, `C:\\a`. */
const PATH_LIKE = /^['"(]?(?:~|\.{1,2})?\/[^\s/]|^['"(]?[A-Za-z]:\\/;

function hardSplit(word: string, columns: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { segment } of graphemes(word)) {
    if (current && width(current + segment) > columns) {
      parts.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Word-wraps one paragraph to `columns`. `indent` prefixes the first line,
 * `hanging` the following ones (defaults to spaces as wide as `indent`).
 */
export function wrap(text: string, columns: number, indent = '', hanging?: string): string[] {
  const next = hanging ?? ' '.repeat(width(indent));
  const nextRoom = Math.max(8, columns - width(next));
  const lines: string[] = [];
  let prefix = indent;
  let room = Math.max(8, columns - width(indent));
  let line = '';
  let used = 0; // width of `line`, kept as we go: wrapping stays linear in the text
  const flush = () => {
    lines.push(prefix + line);
    prefix = next;
    room = nextRoom;
    line = '';
    used = 0;
  };
  for (const word of text.split(/[ \t]+/)) {
    if (!word) continue;
    const w = width(word);
    if (line && used + 1 + w <= room) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (line) flush();
    // A URL stays whole (the terminal soft-wraps it and it stays clickable), and so do a command
    // and a file path (cut in two, a path copied from the screen names no file).
    if (w <= room || /^\S*https?:\/\//.test(word) || PATH_LIKE.test(word) || word.includes('\u001b') || word.includes(GLUE)) {
      // A command too long for the indented room but not for the terminal goes unindented, whole.
      if (word.includes(GLUE) && w > room && w <= columns) prefix = '';
      line = word;
      used = w;
    } else {
      const parts = hardSplit(word, room);
      for (const part of parts.slice(0, -1)) {
        line = part;
        flush();
      }
      line = parts.at(-1) ?? '';
      used = width(line);
    }
  }
  if (line || lines.length === 0) flush();
  return lines.map(unglue);
}

/** Terminal rows the text takes, long lines counted as the terminal wraps them. */
export function screenRows(text: string, columns: number): number {
  let rows = 0;
  for (const line of text.split('\n')) rows += Math.max(1, Math.ceil(width(line) / Math.max(1, columns)));
  return rows;
}
