/**
 * The search documents packed for a fast search: every field's normalised
 * text as UTF-8 bytes in one buffer, searched with Buffer#indexOf, so a
 * search neither decodes nor normalises the curriculum's text (about 600 KB
 * in two languages) at run time; only the few fields that give a snippet are
 * decoded. Same results as matching field by field: UTF-8 matches only on
 * character boundaries, and fields are separated by a newline, which no
 * query word contains.
 */
import type { Lang, Localized } from '../i18n/lang.js';
import type { DocKind, SearchDoc } from './index.js';
import { plainText } from './plain.js';

/** A search document without its texts: what a hit names. */
export interface DocRef {
  kind: DocKind;
  id: string;
  title: Localized;
  open: SearchDoc['open'];
}

/**
 * Per field, nine numbers: start and end of its normalised text; start and
 * end of its original text and of its plain text (the markdown without code
 * blocks or markup that a snippet shows), −1 when it gives no snippet;
 * weight; language (0 none, 1 ko, 2 en); and 1 when normalising its text only
 * lower-cases it (then a snippet needs no NFKC, which is slow on long Korean
 * notes).
 */
export interface PackedDoc extends DocRef {
  fields: ArrayLike<number>;
}

export interface PackedDocs {
  docs: PackedDoc[];
  /** The normalised texts (`normBytes` bytes), searched; in memory, the original and plain texts follow. */
  body: Buffer;
  normBytes: number;
  /**
   * The original or plain text between two body offsets (after `normBytes`):
   * read from the cache file only for the snippets shown.
   */
  text: (start: number, end: number) => string;
}

const LANG_CODES: (Lang | null)[] = [null, 'ko', 'en'];
const STRIDE = 9;
/** Changes whenever the packed layout does, so a cache of another layout is rebuilt. */
export const PACKED_FORMAT = 3;
const SEPARATOR = '\n';

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function packDocs(docs: SearchDoc[]): PackedDocs {
  const normalised = docs.flatMap((doc) => doc.fields.map(([text]) => normalize(text)));
  const normBytes = normalised.reduce((n, t) => n + Buffer.byteLength(t) + 1, 0);
  const originals: string[] = [];
  let normAt = 0;
  let origAt = normBytes;
  let i = 0;
  const packed = docs.map(({ kind, id, title, open, fields }) => {
    const numbers: number[] = [];
    for (const [text, weight, lang] of fields) {
      const norm = Buffer.byteLength(normalised[i++]!);
      numbers.push(normAt, normAt + norm);
      normAt += norm + 1;
      const plain = lang ? plainText(text) : '';
      for (const part of lang ? [text, plain] : []) {
        const bytes = Buffer.byteLength(part);
        originals.push(part);
        numbers.push(origAt, origAt + bytes);
        origAt += bytes + 1;
      }
      if (!lang) numbers.push(-1, -1, -1, -1);
      numbers.push(weight, LANG_CODES.indexOf(lang), normalize(text) === text.toLowerCase() && normalize(plain) === plain.toLowerCase() ? 1 : 0);
    }
    return { kind, id, title, open, fields: numbers };
  });
  const body = Buffer.from([...normalised, ...originals].map((t) => t + SEPARATOR).join(''), 'utf8');
  return { docs: packed, body, normBytes, text: (start, end) => body.toString('utf8', start, end) };
}

export interface PackedHit {
  doc: DocRef;
  score: number;
  /** The field in the reader's language that gives the snippet (as written and as plain text), the query word found in it, and how to normalise it. */
  snippet?: { text: string; plain: string; term: string; normalize: (text: string) => string };
}

/**
 * Every term (a list of variants) must match some field of a document; its
 * score adds each term's heaviest field. The snippet comes from the heaviest
 * matching field in the reader's language (the first of equals, terms and
 * fields in order).
 */
export function searchPacked({ docs, body, normBytes, text }: PackedDocs, terms: string[][], lang: Lang): PackedHit[] {
  if (!terms.length) return [];
  // Every field numbered in body order: where it starts, whose it is.
  const starts: number[] = [];
  const owners: number[] = [];
  const first: number[] = [];
  docs.forEach((doc, d) => {
    first.push(starts.length);
    for (let f = 0; f < doc.fields.length; f += STRIDE) {
      starts.push(doc.fields[f]!);
      owners.push(d);
    }
  });
  const fieldAt = (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const endOf = (field: number) => docs[owners[field]!]!.fields[(field - first[owners[field]!]!) * STRIDE + 1]!;
  // Per term: field number → the first of its variants found in that field.
  const matches = terms.map((variants) => {
    const found = new Map<number, number>();
    variants.forEach((variant, v) => {
      const needle = Buffer.from(variant, 'utf8');
      for (let pos = body.indexOf(needle); pos >= 0 && pos < normBytes; ) {
        const field = fieldAt(pos);
        const end = endOf(field);
        if (pos + needle.length <= end && !found.has(field)) found.set(field, v);
        // One match per field is enough: go on from the next field (always forward, even in a damaged file).
        pos = body.indexOf(needle, Math.max(end, pos) + 1);
      }
    });
    return found;
  });
  const hits: PackedHit[] = [];
  const candidates = [...new Set([...matches[0]!.keys()].map((field) => owners[field]!))].sort((a, b) => a - b);
  for (const d of candidates) {
    const doc = docs[d]!;
    let score = 0;
    let all = true;
    let source: { f: number; weight: number; term: string } | undefined;
    terms.forEach((variants, t) => {
      let best = 0;
      for (let f = 0; f < doc.fields.length; f += STRIDE) {
        const v = matches[t]!.get(first[d]! + f / STRIDE);
        if (v === undefined) continue;
        const weight = doc.fields[f + 6]!;
        best = Math.max(best, weight);
        if (LANG_CODES[doc.fields[f + 7]!] === lang && (!source || weight > source.weight)) source = { f, weight, term: variants[v]! };
      }
      if (!best) all = false;
      score += best;
    });
    if (!all) continue;
    const { fields: _fields, ...ref } = doc;
    const at = source?.f ?? 0;
    // Read when asked: only the hits shown get a snippet.
    const snippet = source && {
      get text() {
        return text(doc.fields[at + 2]!, doc.fields[at + 3]!);
      },
      get plain() {
        return text(doc.fields[at + 4]!, doc.fields[at + 5]!);
      },
      term: source.term,
      normalize: doc.fields[at + 8] ? (t: string) => t.toLowerCase() : normalize,
    };
    hits.push({ doc: ref, score, ...(snippet ? { snippet } : {}) });
  }
  return hits;
}
