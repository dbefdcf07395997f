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
 * The lazily loaded bundles (dist/cold/*.cjs: show, search, quiz, the YAML
 * loader…) go through the same cache: Node still loads them (its module log
 * and require cache see them as usual), only their compilation is ours.
 *
 * The cache is only ever a speed-up: a missing, unreadable or stale one (a new
 * version, another Node) is ignored, and V8 itself rejects data that does not
 * match the source, V8 version and flags; it is then written again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from './progress/paths.js';
import { removeCacheFile, writeCacheFile } from './util/cache-files.js';

/** Set by the build: a hash of each bundle (dist/main.js, dist/cold/*.cjs), which names its cache file. */
declare const MLOPS_CODE_HASHES: Record<string, string>;

type ModuleBody = (exports: object, req: NodeJS.Require | ((id: string) => unknown), module: object, filename: string, dirname: string) => void;

const cache = cacheDir(process.env);
const cacheName = (hash: string) => `code-${hash}-${process.version}-${process.arch}.bin`;
const ours = new Set(Object.values(MLOPS_CODE_HASHES).map(cacheName));
/** Scripts whose cache is to be written when the run ends, with the commands it will then hold. */
const toWrite: { file: string; script: Script; commands: string[] }[] = [];

/**
 * The command this run is, by its first word. A cache holds the functions
 * compiled by the run that wrote it: written by `init`, it would make every
 * `next` compile next's functions again, each run. So each cache lists the
 * commands whose runs it holds (a small file beside it), and the first run of
 * another command writes it again, with its functions added: at most once per
 * command, after which every command starts from a cache that has its code.
 */
const command = (() => {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') i++;
    else if (!args[i]!.startsWith('-')) return args[i]!.slice(0, 40);
  }
  return '';
})();
const MAX_COMMANDS = 64;
const commandsFile = (file: string) => file.replace(/\.bin$/, '.commands');

function readCommands(file: string): string[] {
  try {
    return readFileSync(commandsFile(file), 'utf8').split('\n');
  } catch {
    return [];
  }
}

function readCodeCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Compiles a module body (source already wrapped in Node's function) with its code cache. */
function compile(filename: string, source: string, hash: string): ModuleBody {
  const file = join(cache, cacheName(hash));
  const cachedData = readCodeCache(file);
  const script = new Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  if (!cachedData || script.cachedDataRejected) toWrite.push({ file, script, commands: [command] });
  else {
    const commands = readCommands(file);
    if (!commands.includes(command) && commands.length < MAX_COMMANDS) toWrite.push({ file, script, commands: [...commands, command] });
  }
  return script.runInThisContext() as ModuleBody;
}

process.once('exit', () => {
  // After the run, so the functions it compiled are in the cache too.
  let wrote = false;
  for (const { file, script, commands } of toWrite) {
    // The list only after its cache: a list naming a command the cache lacks would keep it out for good.
    if (!writeCacheFile(file, script.createCachedData())) continue;
    wrote = true;
    writeCacheFile(commandsFile(file), commands.join('\n'));
  }
  try {
    if (wrote) pruneOldCaches();
  } catch {
    // Only tidiness is lost.
  }
});

/** Caches of other versions (or other Node builds) unused for a month: an upgrade leaves some behind each time. */
function pruneOldCaches(): void {
  const monthAgo = Date.now() - 30 * 86_400_000;
  for (const name of readdirSync(cache)) {
    if (!/^code-.*\.(bin|commands)$/.test(name) || ours.has(name.replace(/\.commands$/, '.bin'))) continue;
    const path = join(cache, name);
    try {
      if (statSync(path).mtimeMs < monthAgo) removeCacheFile(path);
    } catch {
      // Another process got there first.
    }
  }
}

// The lazily loaded bundles: Node resolves, loads and caches them; we compile.
// require.extensions is deprecated in the documentation only, and is how
// ts-node and pirates hook in too; Node 22's module.enableCompileCache() would
// make this unnecessary. The bundles call require() only as a function (the
// build checks it), so that is all the one given to them does.
const extensions = require.extensions;
const plain = extensions['.js']!;
extensions['.cjs'] = (module, filename) => {
  const name = relative(__dirname, filename).replaceAll('\\', '/');
  const hash = Object.hasOwn(MLOPS_CODE_HASHES, name) ? MLOPS_CODE_HASHES[name] : undefined;
  if (!hash) return plain(module, filename);
  const body = compile(filename, `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`, hash);
  body.call(module.exports, module.exports, (id: string) => module.require(id), module, filename, dirname(filename));
};

const file = join(__dirname, 'main.js');
const main = compile(file, readFileSync(file, 'utf8'), MLOPS_CODE_HASHES[basename(file)]!);
const module = { exports: {} };
main.call(module.exports, module.exports, require, module, file, __dirname);
