/**
 * verify loads what its probes need and nothing else: no zod or yaml on a
 * warm cache unless a probe reads YAML, no prompts without a terminal; the
 * Dockerfile parser only for Dockerfile probes. And the daily commands do not
 * carry the probes: their per-language index has none. No timings here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, baseEnv, run, tempDir } from '../helpers/cli.js';
import { buildProject } from '../helpers/projects.js';

const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };

function packagesLoaded(args: string[], home: string): Set<string> {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...baseEnv(home), NODE_DEBUG: 'module' }, encoding: 'utf8' });
  expect(r.status, r.stderr).not.toBeNull();
  const chunks = [...r.stderr.matchAll(/^MODULE \d+: load "([^"]+)"/gm)].map((m) => relative(ROOT, m[1]!)).filter((f) => f.startsWith('dist/'));
  const packages = new Set<string>();
  for (const file of new Set(['dist/main.js', ...chunks])) {
    for (const input of Object.keys(meta.outputs[file]?.inputs ?? {})) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (match) packages.add(match[1]!);
    }
  }
  return packages;
}

describe('verify loads lazily', () => {
  it('week 1 (files and git facts only): no zod, yaml, inquirer, Dockerfile or TOML parser', async () => {
    const home = tempDir();
    await run(['next'], { home });
    const loaded = packagesLoaded(['verify', '--project', buildProject(1), '--week', '1'], home);
    for (const p of ['zod', 'yaml', '@inquirer/core', 'dockerfile-ast', 'smol-toml', 'ts-fsrs']) expect(loaded.has(p), p).toBe(false);
  });

  it('week 4 loads the Dockerfile parser', async () => {
    const home = tempDir();
    await run(['next'], { home });
    expect(packagesLoaded(['verify', '--project', buildProject(4), '--week', '4'], home).has('dockerfile-ast')).toBe(true);
  });

  it('the index next and status read holds no probes', async () => {
    const home = tempDir();
    await run(['next'], { home });
    const cache = join(home, 'cache');
    const index = readdirSync(cache).find((f) => /^curriculum-.*\.index-en\.json$/.test(f))!;
    expect(readFileSync(join(cache, index), 'utf8')).not.toContain('"verify"');
    const full = readdirSync(cache).find((f) => /^curriculum-[^.]*\.json$/.test(f))!;
    expect(readFileSync(join(cache, full), 'utf8')).toContain('"verify"');
  });
});
