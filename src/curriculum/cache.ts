/**
 * The validated curriculum, cached as JSON in the user cache directory: the
 * full curriculum, and beside it slices of it per language: the index (no
 * notes, no question texts) for the everyday commands, and the catalogue
 * (tools, lifecycle, resources) for the reference ones. The key is the YAML files' paths, sizes and
 * modification times plus the package version, so an edit, a new file or a
 * removed file rebuilds both, and `next` never loads yaml or zod when nothing
 * changed. A damaged cache is ignored and rebuilt.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { removeCacheFile, writeCacheFile } from '../util/cache-files.js';
import { hash53 } from '../util/hash.js';
import { curriculumFiles } from './files.js';
import type { Lang } from '../i18n/lang.js';
import { catalogOf, indexOf, type Curriculum, type CurriculumCatalog, type CurriculumIndex } from './types.js';

export interface CacheOptions {
  cacheDir: string;
  version: string;
  /** The cache key of this curriculum directory, when the caller already has it. */
  key?: () => string | undefined;
}

export function cacheKey(dir: string, version: string): string {
  const parts = [`v${version}`, dir];
  for (const file of curriculumFiles(dir)) {
    const stat = statSync(file);
    parts.push(`${file}\t${stat.size}\t${stat.mtimeMs}`);
  }
  // The full key is stored and compared; the hash only names the file.
  return parts.join('\n');
}

/** The full curriculum's cache file, or with `lang` its index (or another slice) in that language. */
export function cacheFile(cacheDir: string, dir: string, lang?: Lang, slice: 'index' | 'catalog' = 'index'): string {
  const name = hash53(dir);
  return join(cacheDir, `curriculum-${name}${lang ? `.${slice}-${lang}` : ''}.json`);
}

/**
 * The lists each kind of cached value has, so a file of another shape is a
 * miss: a curriculum or index of a build before appendix units has no
 * `appendix`, and an index is no catalogue.
 */
const SHAPES = {
  curriculum: (c: Record<string, unknown>) => Array.isArray(c.weeks) && Array.isArray(c.appendix),
  catalog: (c: Record<string, unknown>) => Array.isArray(c.tools) && Array.isArray(c.versions),
};

function readCache<T>(file: string, key: string | undefined, shape: keyof typeof SHAPES = 'curriculum'): T | undefined {
  if (!key) return undefined;
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; curriculum?: T & Record<string, unknown> };
    if (cached.key === key && cached.curriculum && SHAPES[shape](cached.curriculum)) return cached.curriculum;
  } catch {
    // No cache yet, or a damaged one: rebuild it.
  }
  return undefined;
}

function writeCache(file: string, key: string, curriculum: unknown): void {
  writeCacheFile(file, JSON.stringify({ key, curriculum }));
}

export function keyOf(dir: string, version: string): string | undefined {
  try {
    return cacheKey(dir, version);
  } catch {
    return undefined; // The directory is missing or unreadable: the loader explains that.
  }
}

/** The key given by the caller (computed once per run: `show` reads two caches of one curriculum), else computed here. */
function keyFor(dir: string, options: CacheOptions): string | undefined {
  return options.key ? options.key() : keyOf(dir, options.version);
}

async function rebuild(dir: string, key: string | undefined, options: CacheOptions): Promise<Curriculum> {
  const { loadCurriculum } = await import('./loader.js');
  const curriculum = loadCurriculum(dir);
  if (key) writeCache(cacheFile(options.cacheDir, dir), key, curriculum);
  return curriculum;
}

async function full(dir: string, key: string | undefined, options: CacheOptions): Promise<Curriculum> {
  return readCache<Curriculum>(cacheFile(options.cacheDir, dir), key) ?? rebuild(dir, key, options);
}

export async function loadCached(dirInput: string, options: CacheOptions): Promise<Curriculum> {
  const dir = resolve(dirInput);
  return full(dir, keyFor(dir, options), options);
}

/** The index in `lang`, built from the full cache (or the YAML) on a miss. */
export async function loadCachedIndex(dirInput: string, options: CacheOptions & { lang: Lang }): Promise<CurriculumIndex> {
  const dir = resolve(dirInput);
  const key = keyFor(dir, options);
  const file = cacheFile(options.cacheDir, dir, options.lang);
  const cached = readCache<CurriculumIndex>(file, key);
  if (cached) return cached;
  const index = indexOf(await full(dir, key, options), options.lang);
  if (key) {
    writeCache(file, key, index);
    // The one index of earlier builds, before there was one per language.
    removeCacheFile(join(options.cacheDir, `curriculum-${hash53(dir)}.index.json`));
  }
  return index;
}

/** The catalogue in `lang` (tools, their categories, the lifecycle, resources), built like the index on a miss. */
export async function loadCachedCatalog(dirInput: string, options: CacheOptions & { lang: Lang }): Promise<CurriculumCatalog> {
  const dir = resolve(dirInput);
  const key = keyFor(dir, options);
  const file = cacheFile(options.cacheDir, dir, options.lang, 'catalog');
  const cached = readCache<CurriculumCatalog>(file, key, 'catalog');
  if (cached) return cached;
  const catalog = catalogOf(await full(dir, key, options), options.lang);
  if (key) writeCache(file, key, catalog);
  return catalog;
}
