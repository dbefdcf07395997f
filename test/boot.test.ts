/**
 * src/boot.ts runs the CLI bundle through V8's code cache. The cache is only a
 * speed-up: the first run writes it, later runs use it without writing again,
 * and a damaged, foreign or unwritable cache changes nothing a learner sees.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('removes other versions\' caches unused for a month when it writes its own, and keeps recent ones', async () => {
    const home = tempDir();
    mkdirSync(join(home, 'cache'), { recursive: true });
    const old = join(home, 'cache', 'code-0000000000000000-v20.0.0-x64.bin');
    const recent = join(home, 'cache', 'code-1111111111111111-v20.0.0-x64.bin');
    writeFileSync(old, 'old');
    writeFileSync(recent, 'recent');
    const monthAndADayAgo = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(old, monthAndADayAgo, monthAndADayAgo);
    const r = await run(['status'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(codeCacheFiles(home)).toHaveLength(2); // ours and the recent one
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
    expect(readdirSync(join(home, 'cache')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
