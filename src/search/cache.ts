/**
 * The packed search documents (src/search/packed.ts), cached beside the
 * curriculum cache under the same key. The file is a JSON header line
 * `{"key", "format", "normBytes", "bodyBytes", "docs"}` (each doc with `n`,
 * its count of field numbers), then every doc's field numbers as 32-bit
 * integers, then the body bytes. `search` reads the header, the numbers and
 * the normalised texts (about 40% of the file), and from the rest only the
 * texts of the snippets it shows; it never parses the numbers as JSON (15,000
 * of them took 0.7 ms). A missing, stale or damaged file is rebuilt from the
 * full curriculum.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheKey, loadCached, type CacheOptions } from '../curriculum/cache.js';
import { writeCacheFile } from '../util/cache-files.js';
import { hash53 } from '../util/hash.js';
import { buildDocs } from './index.js';
import { PACKED_FORMAT, packDocs, type PackedDoc, type PackedDocs } from './packed.js';

export function searchCacheFile(cacheDir: string, dir: string): string {
  return join(cacheDir, `curriculum-${hash53(dir)}.search.bin`);
}

/** An open cache file, read where asked; closed by `close` (search does it once its snippets are made). */
export interface OpenPackedDocs extends PackedDocs {
  close: () => void;
}

const MAX_HEADER = 8 * 1024 * 1024;

function readAt(fd: number, length: number, position: number): Buffer {
  // Not from Node's shared pool: the numbers are viewed in place, which needs an aligned buffer of their own.
  const buffer = Buffer.allocUnsafeSlow(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('cut off');
    done += n;
  }
  return buffer;
}

type Header = { key?: unknown; format?: unknown; normBytes?: unknown; bodyBytes?: unknown; docs?: unknown };
const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function readPacked(file: string, key: string): OpenPackedDocs | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    let head = readAt(fd, Math.min(size, 64 * 1024), 0);
    let end = head.indexOf(10);
    if (end < 0 && size > head.length) {
      head = readAt(fd, Math.min(size, MAX_HEADER), 0);
      end = head.indexOf(10);
    }
    if (end < 0) throw new Error('no header');
    const header = JSON.parse(head.toString('utf8', 0, end)) as Header;
    const docs = header.docs as (Omit<PackedDoc, 'fields'> & { n: unknown })[];
    if (header.key !== key || header.format !== PACKED_FORMAT || !Array.isArray(docs) || !count(header.normBytes) || !count(header.bodyBytes)) throw new Error('another cache');
    if (!docs.every((d) => typeof d === 'object' && d !== null && count(d.n))) throw new Error('damaged');
    const numbers = docs.reduce((sum, d) => sum + (d.n as number), 0);
    const bodyStart = end + 1 + 4 * numbers;
    const { normBytes, bodyBytes } = header;
    if (normBytes > bodyBytes || bodyStart + bodyBytes !== size) throw new Error('cut off or grown');
    const region = readAt(fd, 4 * numbers + normBytes, end + 1);
    const all = new Int32Array(region.buffer, region.byteOffset, numbers);
    let at = 0;
    const packed = docs.map(({ n, ...ref }) => ({ ...ref, fields: all.subarray(at, (at += n as number)) }));
    const open = fd;
    fd = undefined;
    let closed = false;
    return {
      docs: packed,
      body: region.subarray(4 * numbers),
      normBytes,
      text: (start, stop) => (closed || !(normBytes <= start && start <= stop && stop <= bodyBytes) ? '' : readAt(open, stop - start, bodyStart + start).toString('utf8')),
      close: () => {
        if (!closed) closeSync(open);
        closed = true;
      },
    };
  } catch {
    return undefined; // none yet, or damaged: rebuilt
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function serialise(key: string, packed: PackedDocs): Buffer {
  const numbers = Int32Array.from(packed.docs.flatMap((d) => Array.from(d.fields)));
  const docs = packed.docs.map(({ fields, ...ref }) => ({ ...ref, n: fields.length }));
  const header = JSON.stringify({ key, format: PACKED_FORMAT, normBytes: packed.normBytes, bodyBytes: packed.body.length, docs });
  return Buffer.concat([Buffer.from(`${header}\n`), Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength), packed.body]);
}

/** The packed documents, from the cache when it is current; call `close` when done with them. */
export async function loadCachedSearch(dirInput: string, options: CacheOptions): Promise<OpenPackedDocs> {
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
  if (key) writeCacheFile(file, serialise(key, packed));
  return { ...packed, close: () => {} };
}
