/**
 * The start of every run, built as CommonJS (dist/index.cjs) and required by
 * bin/mlops-study.js. It runs the CLI bundle (dist/main.js, a CommonJS module
 * body already in Node's wrapper function) through V8's code cache, which
 * Node 20 offers no other way to use (Node 22 has module.enableCompileCache()):
 *
 * - a CommonJS entry skips Node's ES module loader, ~10 ms of every start on
 *   our machines; the lazily loaded parts are CommonJS bundles too;
 * - the compiled code is cached in the user cache directory after the first
 *   run, so later runs neither parse the bundle nor compile its functions.
 *
 * The cache is only ever a speed-up: a missing, unreadable or stale one (a new
 * version, another Node) is ignored, and V8 itself rejects data that does not
 * match the source, V8 version and flags; it is then written again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from './progress/paths.js';
import { removeCacheFile, writeCacheFile } from './util/cache-files.js';

/** A hash of dist/main.js, set by the build: names the cache file of this exact bundle. */
declare const MLOPS_MAIN_HASH: string;

type Main = (exports: object, req: NodeJS.Require, module: object, filename: string, dirname: string) => void;

const file = join(__dirname, 'main.js');
const codeCache = join(cacheDir(process.env), `code-${MLOPS_MAIN_HASH}-${process.version}-${process.arch}.bin`);

function readCodeCache(): Buffer | undefined {
  try {
    return readFileSync(codeCache);
  } catch {
    return undefined;
  }
}

function writeCodeCache(script: Script): void {
  // After the run, so the functions it compiled are in the cache too.
  if (writeCacheFile(codeCache, script.createCachedData())) pruneOldCaches();
}

/** Caches of other versions (or other Node builds) unused for a month: an upgrade leaves one behind each time. */
function pruneOldCaches(): void {
  const dir = dirname(codeCache);
  const monthAgo = Date.now() - 30 * 86_400_000;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!/^code-.*\.bin$/.test(name) || path === codeCache) continue;
    try {
      if (statSync(path).mtimeMs < monthAgo) removeCacheFile(path);
    } catch {
      // Another process got there first.
    }
  }
}

const cachedData = readCodeCache();
const script = new Script(readFileSync(file, 'utf8'), {
  filename: file,
  ...(cachedData ? { cachedData } : {}),
});
if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCodeCache(script));
const main = script.runInThisContext() as Main;
const module = { exports: {} };
main.call(module.exports, module.exports, require, module, file, __dirname);
