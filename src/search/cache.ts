/**
 * The packed search documents (src/search/packed.ts), cached beside the
 * curriculum cache under the same key: `search` reads one file as bytes,
 * parses a header of offsets, and never decodes the study notes. The file is a
 * JSON header line `{"key", "format", "normBytes", "docs"}`, then the body bytes. A
 * missing, stale or damaged file is rebuilt from the full curriculum.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheKey, loadCached, type CacheOptions } from '../curriculum/cache.js';
import { writeCacheFile } from '../util/cache-files.js';
import { hash53 } from '../util/hash.js';
import { buildDocs } from './index.js';
import { PACKED_FORMAT, packDocs, type PackedDocs } from './packed.js';

export function searchCacheFile(cacheDir: string, dir: string): string {
  return join(cacheDir, `curriculum-${hash53(dir)}.search.bin`);
}

function readPacked(file: string, key: string): PackedDocs | undefined {
  try {
    const bytes = readFileSync(file);
    const end = bytes.indexOf(10);
    if (end < 0) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<PackedDocs> & { key?: string; format?: number };
    const body = bytes.subarray(end + 1);
    if (header.key !== key || header.format !== PACKED_FORMAT || !Array.isArray(header.docs) || typeof header.normBytes !== 'number' || header.normBytes > body.length) return undefined;
    return { docs: header.docs, normBytes: header.normBytes, body };
  } catch {
    return undefined; // none yet, or damaged: rebuilt
  }
}

export async function loadCachedSearch(dirInput: string, options: CacheOptions): Promise<PackedDocs> {
  const dir = resolve(dirInput);
  let key: string | undefined;
  try {
    key = cacheKey(dir, options.version);
  } catch {
    key = undefined; // The directory is missing or unreadable: the loader explains that.
  }
  const file = searchCacheFile(options.cacheDir, dir);
  const cached = key ? readPacked(file, key) : undefined;
  if (cached) return cached;
  const packed = packDocs(buildDocs(await loadCached(dir, options)));
  if (key) writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify({ key, format: PACKED_FORMAT, normBytes: packed.normBytes, docs: packed.docs })}\n`), packed.body]));
  return packed;
}
