/**
 * Search over packed documents (src/search/packed.ts) must answer exactly what
 * matching field by field answered: same hits, scores, order and snippets.
 * The reference below is that earlier implementation, kept as the oracle.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import type { Lang, Localized } from '../../src/i18n/lang.js';
import { buildDocs, compareIds, normalize, queryTerms, search, type SearchDoc } from '../../src/search/index.js';
import { packDocs, searchPacked } from '../../src/search/packed.js';
import { plainText } from '../../src/search/plain.js';
import { ROOT } from '../helpers/cli.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const docs = buildDocs(curriculum);

function reference(docs: SearchDoc[], query: string, lang: Lang, limit = 20) {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const hits: { doc: SearchDoc; score: number; snippet: string }[] = [];
  for (const doc of docs) {
    let score = 0;
    let all = true;
    let snippetSource: { text: string; at: number; length: number; weight: number } | undefined;
    for (const variants of terms) {
      let best = 0;
      for (const [original, weight, fieldLang] of doc.fields) {
        const norm = normalize(original);
        const term = variants.find((v) => norm.includes(v));
        if (!term) continue;
        best = Math.max(best, weight);
        if (fieldLang === lang && (!snippetSource || weight > snippetSource.weight)) snippetSource = { text: original, at: norm.indexOf(term), length: term.length, weight };
      }
      if (!best) all = false;
      score += best;
    }
    if (all) hits.push({ doc, score, snippet: snippet(snippetSource, doc) });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc.kind.localeCompare(b.doc.kind) || a.doc.id.localeCompare(b.doc.id)).slice(0, limit);
}

function snippet(source: { text: string; at: number; length: number } | undefined, doc: SearchDoc): string {
  if (!source) return '';
  const flat = plainText(source.text);
  const at = normalize(flat).indexOf(normalize(source.text.slice(source.at, source.at + source.length)));
  if (at < 0) return '';
  const start = Math.max(0, at - 30);
  const text = `${start > 0 ? '…' : ''}${flat.slice(start, at + source.length + 50).trim()}${at + source.length + 50 < flat.length ? '…' : ''}`;
  return Object.values(doc.title as Localized).includes(source.text) ? '' : text;
}

const QUERIES = [
  'drift', '드리프트', '드리프트를', 'data drift', 'DVC', 'ＤＶＣ', 'dvc push', 'mlflow 실험', 'a', 'e', '데이터', '이', 'docker compose',
  'git checkout', 'prometheus', 'Great Expectations', 'evidently-drift-reports', 'week-2', 'dvc.yaml', '--no-cache', 'zzqx', 'drift zzqx', '…', '-',
  'CI/CD', '모니터링 지표', 'fastapi', 'Airflow 3', '0', 'mlops-study show',
];

describe('search over packed documents', () => {
  it.each(QUERIES.flatMap((q) => [[q, 'ko'], [q, 'en']] as [string, Lang][]))('%j (%s) answers as matching field by field did', (query, lang) => {
    const expected = reference(docs, query, lang, 1000).map((h) => ({ kind: h.doc.kind, id: h.doc.id, score: h.score, snippet: h.snippet }));
    const actual = search(docs, query, lang, 1000).map((h) => ({ kind: h.doc.kind, id: h.doc.id, score: h.score, snippet: h.snippet }));
    expect(actual).toEqual(expected);
  });

  it('finds a word only inside one field, never across two', () => {
    const packed = packDocs([
      { kind: 'item', id: 'one', title: { en: 'One' }, fields: [['abc', 1, 'en'], ['def', 1, 'en']], open: { command: ['x'] } },
      { kind: 'item', id: 'two', title: { en: 'Two' }, fields: [['cd', 1, 'en']], open: { command: ['x'] } },
    ]);
    expect(searchPacked(packed, [['cd']], 'en').map((h) => h.doc.id)).toEqual(['two']);
    expect(searchPacked(packed, [['c'], ['d']], 'en').map((h) => h.doc.id)).toEqual(['one', 'two']);
  });

  it('ends on damaged offsets instead of looping', () => {
    const packed = packDocs(docs.slice(0, 20));
    for (const doc of packed.docs) doc.fields = Array.from(doc.fields, (n, i) => (i % 9 === 1 ? 0 : n)); // every field ends before it starts
    expect(Array.isArray(searchPacked(packed, [['a']], 'en'))).toBe(true);
  });

  it('orders the course IDs as localeCompare does', () => {
    const ids = [...docs.map((d) => d.id), ...curriculum.questions.map((q) => q.id), 'week', 'topic', 'tool', 'item', 'resource', 'stage', 'a-b', 'a0', 'ab', '한글-id', 'é'];
    for (const a of ids) for (const b of ids) expect(Math.sign(compareIds(a, b)), `${a} vs ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });
});
