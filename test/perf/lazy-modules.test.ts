/**
 * Read-only commands must not load the heavy libraries. Every run loads
 * dist/index.cjs, which runs dist/main.js (see src/boot.ts); which lazily
 * loaded bundles (dist/cold/*.cjs) it requires comes from Node's own module
 * log (NODE_DEBUG=module); what each file contains comes from esbuild's
 * metafile (dist/meta.json). No timings here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, baseEnv, run, tempDir } from '../helpers/cli.js';

const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
const HEAVY = ['yaml', 'zod', 'conf', 'proper-lockfile', '@inquirer', 'ts-fsrs', 'ora', 'ajv'];

/** The npm packages whose code a command loads. */
function packagesLoaded(args: string[], home: string): Set<string> {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...baseEnv(home), NODE_DEBUG: 'module' }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const chunks = [...r.stderr.matchAll(/^MODULE \d+: load "([^"]+)"/gm)].map((m) => relative(ROOT, m[1]!));
  // Only our bundles: no file of node_modules is ever loaded at run time.
  expect(chunks.filter((f) => !/^(dist\/|bin\/)/.test(f))).toEqual([]);
  const files = new Set(['dist/main.js', ...chunks.filter((f) => f.startsWith('dist/'))]);
  for (const file of files) expect(meta.outputs[file], `${file} is in the metafile`).toBeDefined();
  const packages = new Set<string>();
  for (const file of files) {
    for (const input of Object.keys(meta.outputs[file]?.inputs ?? {})) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (match) packages.add(match[1]!);
    }
  }
  return packages;
}

describe('lazy loading of heavy modules', () => {
  it('maps every loaded chunk (the metafile matches the build)', () => {
    const home = tempDir();
    const loaded = packagesLoaded(['next'], home);
    expect(loaded.has('commander')).toBe(true);
  });

  it.each([['next'], ['next', '--json'], ['status'], ['status', '--json'], ['--help'], ['--version'], ['show', 'dvc-basics'], ['search', 'drift'], ['show', '2'], ['show', 'mlflow'], ['tools'], ['resources'], ['status', '--short'], ['__complete', 'check', 'dvc-']])('%j loads none of yaml, zod, conf, proper-lockfile, inquirer, ts-fsrs, ora', async (...args) => {
    const home = tempDir();
    await run(['next'], { home }); // start date saved, curriculum cache warm
    const loaded = [...packagesLoaded(args, home)];
    expect(loaded.filter((p) => HEAVY.some((h) => p === h || p.startsWith(`${h}/`)))).toEqual([]);
  });

  it('a write (check) loads none of them either: the lock and the atomic writer are our own, in the daily bundle', async () => {
    const home = tempDir();
    await run(['next'], { home });
    const loaded = [...packagesLoaded(['check', 'git-mastery'], home)];
    expect(loaded.filter((p) => HEAVY.some((h) => p === h || p.startsWith(`${h}/`)))).toEqual([]);
  });

  it('a changed curriculum loads yaml and zod to rebuild the cache', async () => {
    const home = tempDir();
    const loaded = packagesLoaded(['status'], home);
    expect(loaded.has('yaml')).toBe(true);
    expect(loaded.has('zod')).toBe(true);
  });
});
