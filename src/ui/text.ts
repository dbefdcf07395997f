/**
 * Width-aware text layout for the terminal: Korean syllables take two
 * columns, ANSI codes none. Wrapping never splits a character in half.
 */
import stringWidth from 'string-width';

export const width = (text: string): number => stringWidth(text);

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes control characters (ESC included) from text that came from files. */
export function sanitize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

const segmenter = new Intl.Segmenter();

/** Cuts text to at most `columns`, with an ellipsis when cut. */
export function truncate(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (width(out + segment) > columns - 1) break;
    out += segment;
  }
  return `${out}…`;
}

function hardSplit(word: string, columns: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { segment } of segmenter.segment(word)) {
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
  const lines: string[] = [];
  let prefix = indent;
  let line = '';
  const room = () => Math.max(8, columns - width(prefix));
  const flush = () => {
    lines.push(prefix + line);
    prefix = next;
    line = '';
  };
  for (const word of text.split(/[ \t]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= room()) {
      line = candidate;
      continue;
    }
    if (line) flush();
    // A URL stays whole (the terminal soft-wraps it and it stays clickable).
    if (width(word) <= room() || /^\S*https?:\/\//.test(word) || /\u001b/.test(word)) {
      line = word;
    } else {
      const parts = hardSplit(word, room());
      parts.slice(0, -1).forEach((part) => {
        line = part;
        flush();
      });
      line = parts.at(-1) ?? '';
    }
  }
  if (line || lines.length === 0) flush();
  return lines;
}

/** Wraps text that may contain newlines (each line wrapped on its own). */
export function wrapBlock(text: string, columns: number, indent = '', hanging?: string): string[] {
  return text.split('\n').flatMap((paragraph, i) => wrap(paragraph, columns, i === 0 ? indent : (hanging ?? ' '.repeat(width(indent))), hanging));
}
