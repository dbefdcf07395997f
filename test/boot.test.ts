/**
 * src/boot.ts runs the CLI bundle through V8's code cache. The cache is only a
 * speed-up: the first run writes it, later runs use it without writing again,
 * and a damaged, foreign or unwritable cache changes nothing a learner sees.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers/cli.js';

const codeCacheFiles = (home: string) => readdirSync(join(home, 'cache')).filter((f) => /^code-[0-9a-f]{16}-v[\d.]+-\w+\.bin$/.test(f));

describe('boot: the V8 code cache', () => {
  it('is written by the first run and used, not rewritten, by the next', async () => {
    const home = tempDir();
    const first = await run(['next', '--json'], { home });
    expect(first.code, first.stderr).toBe(0);
    const [file] = codeCacheFiles(home);
    expect(file).toBeDefined();
    const path = join(home, 'cache', file!);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    const before = statSync(path).mtimeMs;
    const second = await run(['next', '--json'], { home });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(codeCacheFiles(home)).toEqual([file]);
  });

  it.each([
    ['garbage', Buffer.from('not a code cache')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated cache', undefined],
  ])('ignores %s and writes a good one again', async (_name, content) => {
    const home = tempDir();
    const expected = await run(['status', '--json'], { home });
    const path = join(home, 'cache', codeCacheFiles(home)[0]!);
    const good = readFileSync(path);
    writeFileSync(path, content ?? good.subarray(0, good.length >> 1));
    const r = await run(['status', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toBe('');
    expect(readFileSync(path).length).toBeGreaterThan(10_000);
  });

  it('runs normally when the cache can be neither read nor written', async () => {
    const home = tempDir();
    const expected = await run(['status', '--json'], { home });
    // A directory where the cache file should be: reading it fails, and so does renaming a new one over it.
    const path = join(home, 'cache', codeCacheFiles(home)[0]!);
    rmSync(path);
    mkdirSync(join(path, 'blocked'), { recursive: true });
    const r = await run(['status', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toBe('');
    expect(readdirSync(join(home, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
