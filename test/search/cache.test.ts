/** The search cache: written on a miss, served on a hit, rebuilt when stale or damaged, never a hang. */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCachedSearch, searchCacheFile } from '../../src/search/cache.js';
import { buildDocs, search, searchIn } from '../../src/search/index.js';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { PACKED_FORMAT } from '../../src/search/packed.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { minimalCopy } from '../helpers/curricula.js';

const options = (cacheDir: string) => ({ cacheDir, version: '1.2.3' });
const hitsOf = async (dir: string, cache: string, query: string, lang: 'ko' | 'en' = 'en') => {
  const packed = await loadCachedSearch(dir, options(cache));
  try {
    return searchIn(packed, query, lang);
  } finally {
    packed.close();
  }
};
const ids = async (dir: string, cache: string, query: string) => (await hitsOf(dir, cache, query)).map((h) => h.doc.id);

describe('search cache', () => {
  it('packs the documents once and serves later searches from the file', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    expect(await ids(dir, cache, 'basics')).toContain('basics');
    const file = searchCacheFile(cache, dir);
    const bytes = readFileSync(file);
    const header = JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(10)));
    expect(header).toMatchObject({ format: PACKED_FORMAT });
    // Plant a marker in the cached header: a hit is served from the file.
    header.docs.find((d: { id: string }) => d.id === 'basics').open = 'from the cache';
    writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes.subarray(bytes.indexOf(10) + 1)]));
    const hits = await hitsOf(dir, cache, 'basics');
    expect(hits.find((h) => h.doc.id === 'basics')!.doc.open).toBe('from the cache');
  });

  it('gives the same hits and snippets from the file (texts read where they lie) as from the curriculum in memory', async () => {
    const dir = join(ROOT, 'curriculum');
    const cache = tempDir();
    const docs = buildDocs(loadCurriculum(dir));
    for (const [query, lang] of [['data drift', 'en'], ['dvc push', 'en'], ['드리프트', 'ko'], ['모델 레지스트리', 'ko']] as const) {
      const expected = search(docs, query, lang);
      expect(expected.some((h) => h.snippet)).toBe(true);
      expect(await hitsOf(dir, cache, query, lang)).toEqual(expected); // the first builds the file
      expect(await hitsOf(dir, cache, query, lang)).toEqual(expected); // the second reads it
    }
  });

  it('is rebuilt after the curriculum changes', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    expect(await ids(dir, cache, 'zebra')).toEqual([]);
    const week = join(dir, 'weeks', '01.yaml');
    writeFileSync(week, readFileSync(week, 'utf8').replace('Basics in one line', 'Basics with a zebra'));
    const later = new Date(statSync(week).mtimeMs + 5000);
    utimesSync(week, later, later);
    expect(await ids(dir, cache, 'zebra')).toEqual(['basics']);
  });

  it.each([
    ['garbage', () => Buffer.from('not a cache')],
    ['an empty file', () => Buffer.alloc(0)],
    ['a truncated file', (good: Buffer) => good.subarray(0, good.length >> 1)],
    ['another layout', (good: Buffer) => Buffer.from(good.toString('latin1').replace(`"format":${PACKED_FORMAT}`, '"format":0'), 'latin1')],
    ['offsets past the end', (good: Buffer) => Buffer.concat([good.subarray(0, good.indexOf(10) + 1), Buffer.from('short body')])],
  ])('answers correctly from %s, and writes a good cache again', async (_name, damage) => {
    const dir = minimalCopy();
    const cache = tempDir();
    const expected = await ids(dir, cache, 'basics');
    const file = searchCacheFile(cache, dir);
    const good = readFileSync(file);
    writeFileSync(file, damage(good));
    expect(await ids(dir, cache, 'basics')).toEqual(expected);
    expect(readFileSync(file).equals(good)).toBe(true);
  });
});
