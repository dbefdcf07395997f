/**
 * Reads an Anki "notes in plain text" file the way Anki 2.1.55+ does, for
 * tests (Anki itself is not installable here). From the manual
 * (docs.ankiweb.net/importing/text-files.html, "File Headers") and the
 * importer it describes (rslib/src/import_export/text/csv/metadata.rs and
 * import.rs):
 *
 * - header lines come first: `#key:value`, the key trimmed and compared
 *   without case; an optional `tags:` line may precede them; the first line
 *   that does not start with `#` ends the header;
 * - records are read by the Rust csv crate: the separator from the header,
 *   `"` quotes a field (a line break or separator inside it is text, `""` is
 *   one quotation mark), a record that starts with `#` is a comment, records
 *   may have different lengths.
 *
 * The reader is strict where Anki would silently do something else: a `"`
 * inside an unquoted field, or text after a closing quote, is an error here.
 */

export const HEADER_KEYS = ['separator', 'html', 'tags', 'columns', 'notetype', 'deck', 'notetype column', 'deck column', 'tags column', 'guid column', 'match scope', 'if matches'];
export const SEPARATORS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };

export interface AnkiFile {
  /** Header lines in order: key (lower case, trimmed) and value. */
  headers: { key: string; value: string; line: string }[];
  records: string[][];
  /** Physical lines of each record (one unless a quoted field holds a line break). */
  recordLines: number[];
}

export function header(file: AnkiFile, key: string): string[] {
  return file.headers.filter((h) => h.key === key).map((h) => h.value);
}

export function parseAnkiText(text: string): AnkiFile {
  const lines = text.split('\n');
  const headers: AnkiFile['headers'] = [];
  let i = 0;
  if (lines[0]?.startsWith('tags:')) i++;
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    headers.push({ key: line.slice(1, colon).trim().toLowerCase(), value: line.slice(colon + 1).replace(/\r$/, ''), line });
  }
  const separatorName = header({ headers, records: [], recordLines: [] }, 'separator').at(-1)?.trim().toLowerCase() ?? 'tab';
  const separator = SEPARATORS[separatorName] ?? separatorName;
  const body = lines.slice(i).join('\n');
  const records: string[][] = [];
  const recordLines: number[] = [];
  let pos = 0;
  while (pos < body.length) {
    if (body[pos] === '\n') {
      pos++;
      continue;
    }
    if (body[pos] === '#') {
      pos = body.indexOf('\n', pos) < 0 ? body.length : body.indexOf('\n', pos) + 1;
      continue;
    }
    const start = pos;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (body[pos] === '"') {
        pos++;
        for (;;) {
          if (pos >= body.length) throw new Error(`unclosed quote in the record at offset ${start}`);
          if (body[pos] === '"' && body[pos + 1] === '"') (field += '"'), (pos += 2);
          else if (body[pos] === '"') {
            pos++;
            break;
          } else field += body[pos++];
        }
        if (pos < body.length && body[pos] !== separator && body[pos] !== '\n') throw new Error(`text after a closing quote at offset ${pos}`);
      } else {
        while (pos < body.length && body[pos] !== separator && body[pos] !== '\n') {
          if (body[pos] === '"') throw new Error(`a quotation mark inside an unquoted field at offset ${pos}`);
          field += body[pos++];
        }
      }
      fields.push(field.replace(/\r$/, ''));
      if (body[pos] === separator) {
        pos++;
        continue;
      }
      pos++;
      break;
    }
    records.push(fields);
    recordLines.push(body.slice(start, pos).replace(/\n$/, '').split('\n').length);
  }
  return { headers, records, recordLines };
}

/** The tags an HTML field uses, by name (lower case). */
export function htmlTags(field: string): string[] {
  return [...field.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)].map((t) => t[1]!.toLowerCase());
}

/** The attribute names used inside the HTML field's tags (not in its text). */
export function htmlAttributes(field: string): string[] {
  return [...field.matchAll(/<[a-zA-Z][a-zA-Z0-9]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].flatMap((t) => [...t[1]!.matchAll(/\s+([^\s=>]+)/g)].map((a) => a[1]!.toLowerCase()));
}

/** What a reader sees of an HTML field: tags gone, `<br>` a line break, entities decoded. */
export function htmlToText(field: string): string {
  return field
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
