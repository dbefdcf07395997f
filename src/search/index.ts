/**
 * Full-text search over the curriculum in both languages. Pure: documents in,
 * ranked hits out. Weighted fields (a title match beats a body match), every
 * word must match somewhere, Korean particles at the end of a word ignored.
 * The matching runs on the documents packed (src/search/packed.ts), which is
 * what the search cache keeps.
 */
import type { Curriculum } from '../curriculum/types.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { normalize, packDocs, searchPacked, type DocRef, type PackedDocs } from './packed.js';

export { normalize };

export type DocKind = 'week' | 'topic' | 'tool' | 'item' | 'resource' | 'stage';

export interface SearchDoc {
  kind: DocKind;
  id: string;
  title: Localized;
  /** [text, weight, language] triples; language null for IDs and commands. */
  fields: Field[];
  /** Where to read more: a command (the words after the program name) or a URL. */
  open: { command: string[] } | { url: string };
}

type Field = [string, number, Lang | null];

export interface SearchHit {
  doc: DocRef;
  score: number;
  snippet: string;
}

const PARTICLES = ['에서', '으로', '을', '를', '이', '가', '은', '는', '의', '에', '로', '와', '과', '도'];

/** Query words, each with its variants (a Korean word without its particle). */
export function queryTerms(query: string): string[][] {
  return normalize(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const variants = [word];
      for (const p of PARTICLES) if (word.endsWith(p) && word.length - p.length >= 2 && /[\uac00-\ud7a3]$/.test(word)) variants.push(word.slice(0, -p.length));
      return variants;
    });
}

const texts = (l: Localized | undefined) => Object.values(l ?? {}).filter((t): t is string => Boolean(t));
const entries = (l: Localized | undefined) => Object.entries(l ?? {}).filter((e): e is [Lang, string] => Boolean(e[1]));

export function buildDocs(c: Curriculum): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const f = (l: Localized | undefined, w: number) => entries(l).map(([lang, t]): Field => [t, w, lang]);
  const raw = (t: string, w: number): Field => [t, w, null];
  for (const week of [...c.weeks, ...(c.appendix ?? [])]) {
    docs.push({ kind: 'week', id: week.id, title: week.title, fields: [...f(week.title, 4), ...f(week.summary, 2), ...week.goals.flatMap((g) => f(g, 1))], open: { command: ['show', week.number ? String(week.number) : week.id] } });
    for (const t of week.topics) {
      docs.push({
        kind: 'topic',
        id: t.id,
        title: t.title,
        fields: [raw(t.id, 3), ...f(t.title, 5), ...f(t.summary, 3), ...t.commands.flatMap((cmd) => [raw(cmd.command, 2), ...f(cmd.description, 1)]), ...f(t.notes, 1), ...t.pitfalls.flatMap((p) => f(p, 1)), ...f(t.exercise?.task, 1)],
        open: { command: ['show', t.id] },
      });
    }
    // An item opens where it is taught (ticking it off is the learner's call, not search's).
    for (const i of week.items) docs.push({ kind: 'item', id: i.id, title: i.text, fields: [raw(i.id, 2), ...f(i.text, 4)], open: { command: i.topic ? ['show', i.topic] : week.number ? ['next', '--week', String(week.number)] : ['show', week.id] } });
  }
  for (const t of c.tools) {
    docs.push({ kind: 'tool', id: t.id, title: { ko: t.name, en: t.name }, fields: [raw(t.name, 5), raw(t.id, 4), ...f(t.purpose, 3), ...f(t.whenToPick, 1)], open: { command: ['show', t.id] } });
  }
  for (const r of c.resources.filter((r) => r.origin === 'course')) {
    docs.push({ kind: 'resource', id: r.id, title: r.title, fields: [...f(r.title, 4), ...f(r.description, 2), ...(r.authors ? [raw(r.authors, 2)] : [])], open: r.url ? { url: r.url } : { command: ['resources'] } });
  }
  for (const s of c.lifecycle) {
    docs.push({ kind: 'stage', id: s.id, title: s.title, fields: [...f(s.title, 4), ...s.points.flatMap((p) => f(p.text, 2))], open: { command: ['show', 'lifecycle'] } });
  }
  return docs;
}

export function search(docs: SearchDoc[], query: string, lang: Lang, limit = 20): SearchHit[] {
  return searchIn(packDocs(docs), query, lang, limit);
}

/** The same over documents packed beforehand (the search cache keeps them packed). */
export function searchIn(packed: PackedDocs, query: string, lang: Lang, limit = 20): SearchHit[] {
  const hits = searchPacked(packed, queryTerms(query), lang);
  // Snippets only for the hits shown.
  return hits
    .sort((a, b) => b.score - a.score || compareIds(a.doc.kind, b.doc.kind) || compareIds(a.doc.id, b.doc.id))
    .slice(0, limit)
    .map((h) => ({ doc: h.doc, score: h.score, snippet: snippet(h.snippet, h.doc) }));
}

const SLUG = /^[a-z0-9-]*$/;

/**
 * localeCompare's order without its cost where they agree (lower-case ASCII
 * slugs, the usual IDs): its first call sets up ICU collation, about 10 ms,
 * a third of what `search` takes otherwise.
 */
export function compareIds(a: string, b: string): number {
  if (SLUG.test(a) && SLUG.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

function snippet(match: { text: string; plain: string; term: string; normalize: (text: string) => string } | undefined, doc: DocRef): string {
  if (!match) return '';
  // A title match needs no snippet: the title is shown anyway.
  const text = match.text; // read from the cache file: once
  if (texts(doc.title).includes(text)) return '';
  // NFKC over a long note is slow: the packer recorded when lower-casing does the same.
  const norm = match.normalize;
  const source = { text, at: norm(text).indexOf(match.term), length: match.term.length };
  // Plain text around the match (made by the packer); a match only inside code or markup gives no snippet.
  const flat = match.plain;
  const at = norm(flat).indexOf(normalize(source.text.slice(source.at, source.at + source.length)));
  if (at < 0) return '';
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${flat.slice(start, at + source.length + 50).trim()}${at + source.length + 50 < flat.length ? '…' : ''}`;
}
