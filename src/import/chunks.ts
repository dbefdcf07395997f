/**
 * Cuts a guide into chunks of about CHUNK characters for the parser, only
 * where the block structure starts afresh: before a heading, after a blank
 * line before unindented text, between the items of a top-level list, or
 * between the rows of a table (the next chunk gets the table's header again
 * and is marked to join the first). Never inside fenced code or raw HTML.
 * Reference definitions ([ref]: url) are collected beforehand for all chunks.
 */

export const CHUNK = 16 * 1024;

export interface Chunk {
  text: string;
  /** The guide's line number of the chunk's first line. */
  line: number;
  /** It starts with a repeated table header: its rows continue the table before. */
  continuesTable: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_OPEN = /^ {0,3}<(pre|script|style|textarea)(\s|>|$)/i;
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function splitChunks(source: string, size = CHUNK): Chunk[] {
  if (source.length <= size) return [{ text: source, line: 1, continuesTable: false }];
  const lines = source.split('\n');
  const chunks: Chunk[] = [];
  let start = 0;
  let length = 0;
  let fence: string | undefined;
  let raw: string | undefined;
  let header: [string, string] | undefined;
  let prefix: [string, string] | undefined; // the header repeated at the top of the current chunk
  const cut = (i: number, continues: [string, string] | undefined) => {
    const body = lines.slice(start, i).join('\n');
    chunks.push(prefix ? { text: `${prefix[0]}\n${prefix[1]}\n${body}`, line: start - 1, continuesTable: true } : { text: body, line: start + 1, continuesTable: false });
    prefix = continues;
    start = i;
    length = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = i > 0 ? lines[i - 1]! : '';
    if (length >= size && !fence && !raw && i > start) {
      const blankBefore = !prev.trim() && /^\S/.test(line);
      const heading = /^#{1,6}(\s|$)/.test(line);
      const listItem = /^[-*+]\s/.test(line) && (/^[-*+]\s/.test(prev) || /^\s+\S/.test(prev));
      const tableRow = header !== undefined && line.includes('|') && prev.includes('|');
      if (blankBefore || heading || listItem) cut(i, undefined);
      else if (tableRow) cut(i, header);
    }
    length += line.length + 1;
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
      continue;
    }
    if (raw) {
      if (line.toLowerCase().includes(raw)) raw = undefined;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1]!;
      continue;
    }
    const r = RAW_OPEN.exec(line);
    if (r && !line.toLowerCase().includes(`</${r[1]!.toLowerCase()}>`)) raw = `</${r[1]!.toLowerCase()}>`;
    else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) raw = '-->';
    if (!line.trim()) header = undefined;
    else if (DELIMITER.test(line) && line.includes('-') && prev.includes('|')) header = [prev, line];
  }
  cut(lines.length, undefined);
  return chunks;
}

const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(?:<([^>\n]*)>|(\S+))(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^)\n]*)\)))?[ \t]*$/;

/** Every `[label]: url "title"` outside code, as markdown-it keeps them (first definition wins). */
export function referenceDefinitions(source: string, normalize: (label: string) => string): Record<string, { href: string; title: string }> {
  const refs: Record<string, { href: string; title: string }> = Object.create(null);
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1]!;
      continue;
    }
    if (!line.includes(']:')) continue;
    const m = DEFINITION.exec(line);
    if (!m) continue;
    const label = normalize(m[1]!);
    if (label && !(label in refs)) refs[label] = { href: m[2] ?? m[3] ?? '', title: m[4] ?? m[5] ?? m[6] ?? '' };
  }
  return refs;
}
