/**
 * Keeping every written file under the curriculum's 2 MB cap: notes longer
 * than a topic should hold are cut at block boundaries (a single huge
 * paragraph at a space), and a unit too large for one file continues in part
 * files (`part: 2`, `of: <unit id>`; docs/curriculum-format.md).
 */

/** Characters of notes per topic; YAML adds indentation, a Hangul character is 3 bytes. */
export const TOPIC_CHARS = 300_000;
/** Bytes per written file, by an estimate that is never below the real size: under MAX_FILE_BYTES (2 MiB). */
export const FILE_BYTES = 1_800_000;

export function splitNotes(notes: string, max = TOPIC_CHARS): string[] {
  if (notes.length <= max) return [notes];
  const parts: string[] = [];
  let rest = notes;
  while (rest.length > max) {
    // A block boundary, else a line, else a space, else anywhere (never inside a surrogate pair).
    let cut = rest.lastIndexOf('\n\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = /[\uDC00-\uDFFF]/.test(rest[max] ?? '') ? max - 1 : max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts.filter(Boolean);
}

/** Bytes a value takes in YAML, at most (3 bytes a character covers any UTF-8, plus indentation per line). */
export function yamlBytes(value: unknown): number {
  if (typeof value === 'string') {
    let lines = 1;
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) lines++;
    return value.length * 3 + lines * 8;
  }
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + yamlBytes(v) + 8, 0);
  if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + k.length + 4 + yamlBytes(v), 0);
  return 16;
}

/** Fills parts in order, each under `max` bytes; the first part also carries `head`. */
export function packParts<T>(entries: T[], headBytes: number, max = FILE_BYTES): T[][] {
  const parts: T[][] = [[]];
  let used = headBytes;
  for (const entry of entries) {
    const size = yamlBytes(entry);
    if (parts.at(-1)!.length && used + size > max) {
      parts.push([]);
      used = 200;
    }
    parts.at(-1)!.push(entry);
    used += size;
  }
  return parts;
}
