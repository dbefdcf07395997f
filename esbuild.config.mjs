/**
 * `npm run build`: the CLI as two bundles.
 *
 * - dist/index.js holds everything the daily commands (next, status, check,
 *   --help) run, in one file: every extra ES module costs start-up time.
 * - dist/cold/ holds what only some commands need (the other commands, the
 *   YAML loader, conf, inquirer, chalk, ora, ts-fsrs), split into chunks. The
 *   hot bundle reaches it through `import()` of ./cold/<name>.js, so a command
 *   loads only its own part.
 *
 * The two bundles share no module instances, so code that crosses between
 * them compares errors by kind, not by class identity (see src/errors.ts).
 * dist/meta.json merges both metafiles: test/perf reads it to tell which
 * packages a command loaded.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { relative } from 'node:path';

const builtins = new Set(builtinModules);
const here = (file) => new URL(file, import.meta.url).pathname;

const shims = {
  name: 'shims',
  setup(b) {
    // commander requires child_process at load time for executable
    // subcommands, which we do not use: a stand-in loads it on the first call.
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: here('src/util/child-process.ts') }));
    // conf's JSON-schema validation (ajv) is not used: we validate ourselves.
    b.onResolve({ filter: /^ajv\/dist\/2020\.js$/ }, () => ({ path: here('src/util/ajv-stub/dist/2020.js') }));
    b.onResolve({ filter: /^ajv-formats$/ }, () => ({ path: here('src/util/ajv-stub/formats.js') }));
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
      const real = createRequire(import.meta.url)(name);
      // Data properties only: getters (fs.ReadStream, fs.promises…) load code when read.
      const names = Object.entries(Object.getOwnPropertyDescriptors(real))
        .filter(([key, d]) => 'value' in d && /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default')
        .map(([key]) => key);
      return { contents: `const m = require(${JSON.stringify(`node:${name}`)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20.12',
  format: 'esm',
  minify: process.env.MLOPS_STUDY_MINIFY !== '0', // 0: readable names for profiling
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS (commander) calls require(); ES modules have none.
  banner: { js: "import{createRequire as __mlopsRequire}from'node:module';const require=__mlopsRequire(import.meta.url);" },
};

/** Every dynamic import of the hot bundle (but the CLI itself) becomes ./cold/<name>.js. */
const cold = new Map();
const splitCold = {
  name: 'split-cold',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.path === './cli.js' || args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (resolved.errors.length) return { errors: resolved.errors };
      const name = args.path.startsWith('.')
        ? relative('src', resolved.path).replace(/\.[cm]?[jt]s$/, '').replaceAll('/', '-')
        : args.path.replace(/^@/, '').replaceAll('/', '-');
      cold.set(name, resolved.path);
      return { path: `./cold/${name}.js`, external: true };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
const hot = await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', plugins: [splitCold, shims] });
const lazy = await build({
  ...common,
  entryPoints: Object.fromEntries(cold),
  outdir: 'dist/cold',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [shims],
});
const meta = { inputs: { ...hot.metafile.inputs, ...lazy.metafile.inputs }, outputs: { ...hot.metafile.outputs, ...lazy.metafile.outputs } };
writeFileSync('dist/meta.json', JSON.stringify(meta));
