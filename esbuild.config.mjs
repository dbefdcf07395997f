/**
 * `npm run build`: the CLI in three parts.
 *
 * - dist/index.cjs (src/boot.ts) starts every run: a CommonJS entry, so Node's
 *   ES module loader is never started, and it runs dist/main.js through V8's
 *   code cache (see src/boot.ts).
 * - dist/main.js holds everything the daily commands (next, status, check,
 *   --help) run, in one file: every extra module costs start-up time.
 * - dist/cold/<name>.cjs holds what only some commands need (the other
 *   commands, the YAML loader, inquirer, chalk, ora, ts-fsrs), one
 *   CommonJS bundle per import() in the source, required on demand.
 *
 * The bundles share no module instances, so code that crosses between them
 * compares errors by kind, not by class identity (src/errors.ts).
 * dist/meta.json merges the metafiles: test/perf reads it to tell which
 * packages a command loaded.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, relative } from 'node:path';

const builtins = new Set(builtinModules);
const here = (file) => new URL(file, import.meta.url).pathname;

const shims = {
  name: 'shims',
  setup(b) {
    // commander requires child_process at load time for executable
    // subcommands, which we do not use: a stand-in loads it on the first call.
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: here('src/util/child-process.ts') }));
    // yaml reads process.env.LOG_TOKENS once per token and LOG_STREAM once per document (debug
    // switches): each read is a call into C++, a third of the parse time of a large curriculum.
    b.onLoad({ filter: /node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replace(/node_process\.env\.LOG_(TOKENS|STREAM)/g, 'false'), loader: 'js' };
    });
    // An ES-module import of a Node built-in makes Node build a facade of all
    // its exports (for node:process and node:fs that means stdout, stdin and
    // the streams, loading net, tty and the stream machinery) at every start.
    // ES imports of built-ins get a small module of plain property reads
    // instead; require() is left as it is.
    b.onResolve({ filter: /^[a-z_/]+$|^node:/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!builtins.has(name) || !['import-statement', 'dynamic-import'].includes(args.kind)) return undefined;
      return { path: name, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path: name }) => {
      if (name === 'process') return { contents: 'export default globalThis.process;', loader: 'js' };
      // Every bundle is CommonJS: its own require() loads built-ins, without loading node:module.
      if (name === 'module') return { contents: 'export const createRequire = () => require;', loader: 'js' };
      const real = createRequire(import.meta.url)(name);
      // Data properties only: getters (fs.ReadStream, fs.promises…) load code when read.
      const names = Object.entries(Object.getOwnPropertyDescriptors(real))
        .filter(([key, d]) => 'value' in d && /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default')
        .map(([key]) => key);
      return { contents: `const m = require(${JSON.stringify(`node:${name}`)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`, loader: 'js' };
    });
  },
};

/**
 * The message catalogue (src/i18n/messages.ts, curriculum-problems.ts: 150 KB)
 * is in dist/main.js, which every run executes first. A cold bundle that
 * imported it would carry, load and initialise a second copy (show and search
 * took 1.35× bare node instead of 1.25×), so main.js hands its copy over on
 * globalThis and cold bundles take it from there.
 */
const SHARED = { 'src/i18n/messages.ts': 'messages', 'src/i18n/curriculum-problems.ts': 'curriculumProblems' };
const sharedKey = (path) => SHARED[relative(process.cwd(), path)];
const shareCatalogue = (side) => ({
  name: 'share-catalogue',
  setup(b) {
    if (side === 'main') {
      b.onLoad({ filter: /src[\\/]i18n[\\/][\w-]+\.ts$/ }, async (args) => {
        const key = sharedKey(args.path);
        if (!key) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const self = `./${args.path.split(/[\\/]/).at(-1).replace(/\.ts$/, '.js')}`;
        return { contents: `${text}\nimport * as __mlopsSelf from '${self}';\n(globalThis.__mlopsShared ??= {})[${JSON.stringify(key)}] = __mlopsSelf;\n`, loader: 'ts' };
      });
      return;
    }
    b.onResolve({ filter: /i18n[\\/](messages|curriculum-problems)(\.js)?$/ }, async (args) => {
      if (args.pluginData === 'share') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'share' });
      const key = sharedKey(resolved.path);
      return key ? { path: key, namespace: 'shared' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'shared' }, ({ path: key }) => ({
      contents: `const m = globalThis.__mlopsShared && globalThis.__mlopsShared[${JSON.stringify(key)}];\nif (!m) throw new Error('dist/main.js did not share ${key}');\nmodule.exports = m;\n`,
      loader: 'js',
    }));
  },
});

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20.12',
  minify: process.env.MLOPS_STUDY_MINIFY !== '0', // 0: readable names for profiling
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};
// In every bundle, import.meta.url is the bundle's own URL.
const cjs = {
  format: 'cjs',
  define: { 'import.meta.url': '__mlopsImportMetaUrl' },
  banner: { js: "var __mlopsImportMetaUrl=require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * Every import() becomes a bundle of its own, dist/cold/<name>.cjs, loaded on
 * demand; static imports are bundled in. Dynamic imports inside cold bundles
 * are split the same way, so `show` never parses the YAML loader.
 */
const cold = new Map(); // name -> source path
const coldName = (path, resolved) =>
  path.startsWith('.') ? relative('src', resolved).replace(/\.[cm]?[jt]s$/, '').replaceAll('/', '-') : path.replace(/^@/, '').replaceAll('/', '-');
const splitCold = (prefix) => ({
  name: 'split-cold',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.path === './cli.js' || args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (resolved.errors.length) return { errors: resolved.errors };
      const name = coldName(args.path, resolved.path);
      cold.set(name, resolved.path);
      return { path: `${prefix}${name}.cjs`, external: true };
    });
  },
});

// import() of a bundle becomes require(): no ES module loader, ever. An ES
// module's bundle carries __esModule and its default; a CommonJS package gets
// its module.exports as default, as import() would give it.
const loader = "var __mlopsLoad=(s)=>Promise.resolve().then(()=>{const m=require(s);return m&&m.__esModule?m:{...m,default:m}});";
/** The bundles of the daily and read-only commands, which every start of theirs reads. */
const ASCII_ONLY = new Set(['dist/main.js', 'dist/cold/commands-reference.cjs']);
async function bundle(entry, outfile, prefix, wrap = (text) => text) {
  const result = await build({
    ...common,
    ...cjs,
    banner: { js: `${cjs.banner.js}${loader}` },
    entryPoints: [entry],
    outfile,
    write: false,
    plugins: [splitCold(prefix), shareCatalogue(prefix === './' ? 'cold' : 'main'), shims],
  });
  const text = result.outputFiles[0].text.replaceAll(`import("${prefix}`, `__mlopsLoad("${prefix}`);
  if (/\bimport\(/.test(text)) throw new Error(`${outfile}: an import() is left that does not go through __mlopsLoad`);
  // src/boot.ts gives lazily loaded bundles a require() that is only a function.
  if (prefix === './' && /\brequire\.\w/.test(text)) throw new Error(`${outfile}: uses a property of require, which src/boot.ts does not give cold bundles`);
  // esbuild writes non-ASCII as escapes, except in regular expression literals. A bundle of ASCII
  // only is read as a one-byte string; one non-ASCII character anywhere makes Node decode the whole
  // file to two-byte text (dist/main.js: 0.35 ms more at every start). The source writes \u escapes.
  const nonAscii = ASCII_ONLY.has(outfile) && /[^\0-\x7f].{0,40}/.exec(text);
  if (nonAscii) throw new Error(`${outfile}: non-ASCII text in the bundle (write it as \\u escapes in the source): ${nonAscii[0]}`);
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, wrap(text));
  return { text: wrap(text), metafile: result.metafile };
}

rmSync('dist', { recursive: true, force: true });
const parts = [];
/** Bundle (relative to dist/) → a hash of its text, for src/boot.ts's code cache. */
const hashes = {};
const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
// main.js is the body of a CommonJS module in Node's wrapper function, compiled
// by src/boot.ts as it is (a wrapper added at run time would copy 100 KB).
const main = await bundle('src/index.ts', 'dist/main.js', './cold/', (text) => `(function (exports, require, module, __filename, __dirname) {${text}\n})`);
parts.push(main.metafile);
for (const done = new Set(); done.size < cold.size; ) {
  for (const [name, path] of [...cold]) {
    if (done.has(name)) continue;
    done.add(name);
    const part = await bundle(path, `dist/cold/${name}.cjs`, './');
    hashes[`cold/${name}.cjs`] = hashOf(part.text);
    parts.push(part.metafile);
  }
}
hashes['main.js'] = hashOf(main.text);
const boot = await build({ ...common, ...cjs, entryPoints: ['src/boot.ts'], outfile: 'dist/index.cjs', define: { MLOPS_CODE_HASHES: JSON.stringify(hashes) }, banner: {}, plugins: [shims] });
parts.push(boot.metafile);
const meta = { inputs: Object.assign({}, ...parts.map((m) => m.inputs)), outputs: Object.assign({}, ...parts.map((m) => m.outputs)) };
writeFileSync('dist/meta.json', JSON.stringify(meta));
writeFileSync('dist/THIRD-PARTY-LICENSES.txt', thirdPartyLicenses(Object.keys(meta.inputs)));

/**
 * The bundles carry code of the libraries they were built from, and the
 * package declares no runtime dependencies (nothing in node_modules is loaded
 * at run time), so their licence texts travel here, one per bundled package.
 */
function thirdPartyLicenses(inputs) {
  const dirs = new Set(inputs.map((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]).filter(Boolean));
  const entries = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name));
    const text = file ? readFileSync(`${dir}/${file}`, 'utf8').trim() : `(the package has no licence file; its package.json says ${pkg.license})`;
    return { id: `${pkg.name}@${pkg.version}`, text: `${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}\n` };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  const header = `mlops-study bundles code of the following ${entries.length} packages into dist/. Their licences:\n`;
  return [header, ...entries.map((e) => e.text)].join(`\n${'-'.repeat(72)}\n\n`);
}
