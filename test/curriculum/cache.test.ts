/** The curriculum cache: hit, miss after an edit or a new/removed file, a damaged cache rebuilt. */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile, loadCached, loadCachedCatalog, loadCachedIndex } from '../../src/curriculum/cache.js';
import { tempDir } from '../helpers/cli.js';
import { minimalCopy } from '../helpers/curricula.js';

const options = (cacheDir: string) => ({ cacheDir, version: '1.2.3' });
const inEnglish = (cacheDir: string) => ({ ...options(cacheDir), lang: 'en' as const });

describe('curriculum cache', () => {
  it('writes the full curriculum and its index on a miss, then serves both from JSON', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    const first = await loadCachedIndex(dir, inEnglish(cache));
    expect(first.weeks[0]!.topics[0]).toEqual({ id: 'basics', week: 1, title: { en: 'Basics' }, summary: { en: 'Basics in one line' }, tools: ['git'] });
    const full = cacheFile(cache, dir);
    const index = cacheFile(cache, dir, 'en');
    expect(JSON.parse(readFileSync(index, 'utf8')).curriculum.weeks[0].topics[0].notes).toBeUndefined();
    // An index per language, each holding only its own texts.
    const korean = await loadCachedIndex(dir, { ...options(cache), lang: 'ko' });
    expect(korean.weeks[0]!.topics[0]!.title).toEqual({ ko: '기초' });
    expect(readFileSync(cacheFile(cache, dir, 'ko'), 'utf8')).not.toContain('Basics');
    const planted = JSON.parse(readFileSync(index, 'utf8'));
    planted.curriculum.title.en = 'Index from the cache';
    writeFileSync(index, JSON.stringify(planted));
    expect((await loadCachedIndex(dir, inEnglish(cache))).title.en).toBe('Index from the cache');
    // A hit is served from the file: prove it by planting a marker in the cached JSON.
    const cached = JSON.parse(readFileSync(full, 'utf8'));
    cached.curriculum.title.en = 'From the cache';
    writeFileSync(full, JSON.stringify(cached));
    expect((await loadCached(dir, options(cache))).title.en).toBe('From the cache');
  });

  it('keeps a catalogue per language (tools, lifecycle, resources, versions) beside the index, served from JSON', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    const english = await loadCachedCatalog(dir, inEnglish(cache));
    expect(english.tools[0]).toMatchObject({ id: 'git', name: 'Git', purpose: { en: 'Version control' } });
    // Category titles keep both languages: `tools --category 버전` works in English too.
    expect(english.toolCategories[0]!.title).toEqual({ ko: '버전 관리', en: 'Version control' });
    const file = cacheFile(cache, dir, 'en', 'catalog');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Basics in one line'); // no topics in it
    expect(JSON.parse(text).curriculum.tools[0].purpose).toEqual({ en: 'Version control' });
    const korean = await loadCachedCatalog(dir, { ...options(cache), lang: 'ko' });
    expect(korean.tools[0]!.purpose).toEqual({ ko: '버전 관리' });
    const planted = JSON.parse(text);
    planted.curriculum.tools[0].name = 'Git from the cache';
    writeFileSync(file, JSON.stringify(planted));
    expect((await loadCachedCatalog(dir, inEnglish(cache))).tools[0]!.name).toBe('Git from the cache');
    // An index file is not a catalogue: a file of the wrong shape is rebuilt.
    await loadCachedIndex(dir, inEnglish(cache));
    writeFileSync(file, readFileSync(cacheFile(cache, dir, 'en'), 'utf8'));
    expect((await loadCachedCatalog(dir, inEnglish(cache))).tools[0]!.name).toBe('Git');
  });

  it('misses after an edit, a new file, a removed file, or another version', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    await loadCached(dir, options(cache));
    const plant = () => {
      const file = cacheFile(cache, dir);
      const cached = JSON.parse(readFileSync(file, 'utf8'));
      cached.curriculum.title.en = 'Stale';
      writeFileSync(file, JSON.stringify(cached));
    };
    plant();
    const course = join(dir, 'course.yaml');
    writeFileSync(course, readFileSync(course, 'utf8').replace('en: Tiny course', 'en: Edited course'));
    const later = new Date(statSync(course).mtimeMs + 5000);
    utimesSync(course, later, later);
    expect((await loadCached(dir, options(cache))).title.en).toBe('Edited course');

    plant();
    writeFileSync(join(dir, 'weeks', '03.yaml'), 'week: 3\nid: week-three\ntitle: { ko: 셋째 주, en: Third week }\n');
    expect((await loadCached(dir, options(cache))).weeks).toHaveLength(3);

    plant();
    rmSync(join(dir, 'weeks', '03.yaml'));
    expect((await loadCached(dir, options(cache))).weeks).toHaveLength(2);

    plant();
    expect((await loadCached(dir, { cacheDir: cache, version: '9.9.9' })).title.en).toBe('Edited course');
  });

  it('removes the single index file of earlier builds when it writes the per-language one', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    const legacy = cacheFile(cache, dir).replace(/\.json$/, '.index.json');
    mkdirSync(cache, { recursive: true });
    writeFileSync(legacy, '{}');
    await loadCachedIndex(dir, inEnglish(cache));
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(cacheFile(cache, dir, 'en'))).toBe(true);
  });

  it('ignores and rebuilds a damaged cache', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    await loadCached(dir, options(cache));
    for (const garbage of ['{"key":', '', 'null', '{"key": "x", "curriculum": {}}']) {
      writeFileSync(cacheFile(cache, dir), garbage);
      writeFileSync(cacheFile(cache, dir, 'en'), garbage);
      expect((await loadCachedIndex(dir, inEnglish(cache))).id).toBe('tiny-course');
      expect((await loadCached(dir, options(cache))).id).toBe('tiny-course');
      expect(JSON.parse(readFileSync(cacheFile(cache, dir, 'en'), 'utf8')).curriculum.id).toBe('tiny-course');
    }
  });

  it('still reports a broken curriculum (nothing stale is served)', async () => {
    const dir = minimalCopy();
    const cache = tempDir();
    await loadCached(dir, options(cache));
    writeFileSync(join(dir, 'weeks', '02.yaml'), 'week: two\n');
    await expect(loadCached(dir, options(cache))).rejects.toThrow(/"week" should be a number/);
  });
});
