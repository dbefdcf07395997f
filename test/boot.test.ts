/**
 * src/boot.ts runs the CLI bundle through V8's code cache. The cache is only a
 * speed-up: the first run writes it, later runs use it without writing again,
 * and a damaged, foreign or unwritable cache changes nothing a learner sees.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from './helpers/cli.js';

const codeCacheFiles = (home: string) => readdirSync(join(home, 'cache')).filter((f) => /^code-[0-9a-f]{16}-v[\d.]+-\w+\.bin$/.test(f));
// The build names each bundle's cache by a hash of it (src/boot.ts); dist/main.js's is in dist/index.cjs.
const mainHash = /"main\.js":"([0-9a-f]{16})"/.exec(readFileSync(join(ROOT, 'dist', 'index.cjs'), 'utf8'))![1]!;
/** dist/main.js's cache (a first run also compiles the curriculum loader, whose cache is another file). */
const mainCacheFile = (home: string) => codeCacheFiles(home).find((f) => f.startsWith(`code-${mainHash}-`));

describe('boot: the V8 code cache', () => {
  it('is written by the first run and used, not rewritten, by the next', async () => {
    const home = tempDir();
    const first = await run(['next', '--json'], { home });
    expect(first.code, first.stderr).toBe(0);
    const file = mainCacheFile(home);
    const files = codeCacheFiles(home);
    expect(file).toBeDefined();
    const path = join(home, 'cache', file!);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    const before = statSync(path).mtimeMs;
    const second = await run(['next', '--json'], { home });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(codeCacheFiles(home)).toEqual(files);
  });

  it('compiles a lazily loaded bundle through its own code cache, written once', async () => {
    const home = tempDir();
    await run(['next'], { home });
    const mainOnly = codeCacheFiles(home);
    const first = await run(['tools', '--json'], { home });
    expect(first.code, first.stderr).toBe(0);
    const added = codeCacheFiles(home).filter((f) => !mainOnly.includes(f));
    expect(added).toHaveLength(1); // dist/cold/commands-study.cjs
    const path = join(home, 'cache', added[0]!);
    const before = statSync(path).mtimeMs;
    const second = await run(['tools', '--json'], { home });
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(path).mtimeMs).toBe(before);
    writeFileSync(path, 'garbage');
    const third = await run(['tools', '--json'], { home });
    expect(third.stdout).toBe(first.stdout);
    expect(third.stderr).toBe('');
    expect(statSync(path).size).toBeGreaterThan(10_000);
  });

  it('adds the functions of each other command to the cache once: the first command run no longer decides what all the others compile', async () => {
    const home = tempDir();
    await run(['status', '--json'], { home });
    const path = join(home, 'cache', mainCacheFile(home)!);
    const list = path.replace(/\.bin$/, '.commands');
    expect(readFileSync(list, 'utf8').split('\n')).toEqual(['status']);
    const small = statSync(path).size;
    const first = await run(['--lang', 'ko', 'next'], { home });
    expect(first.code, first.stderr).toBe(0);
    // Written again, with next's own functions added to status's.
    expect(readFileSync(list, 'utf8').split('\n')).toEqual(['status', 'next']);
    expect(statSync(path).size).toBeGreaterThan(small);
    const before = statSync(path).mtimeMs;
    const again = await run(['next', '--json'], { home });
    expect(again.code, again.stderr).toBe(0);
    expect(statSync(path).mtimeMs).toBe(before);
    await run(['status'], { home });
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('stops adding commands to a cache whose list is full, and keeps a list only beside its own cache', async () => {
    const home = tempDir();
    await run(['status', '--json'], { home });
    const path = join(home, 'cache', mainCacheFile(home)!);
    const list = path.replace(/\.bin$/, '.commands');
    writeFileSync(list, Array.from({ length: 64 }, (_, i) => `command-${i}`).join('\n'));
    const before = statSync(path).mtimeMs;
    const r = await run(['next', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(path).mtimeMs).toBe(before);
    // A list without its cache (a damaged cache dir) does not stop the cache from being written.
    rmSync(path);
    const again = await run(['next', '--json'], { home });
    expect(again.stdout).toBe(r.stdout);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    expect(readFileSync(list, 'utf8')).toBe('next');
  });

  it.each([
    ['garbage', Buffer.from('not a code cache')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated cache', undefined],
  ])('ignores %s and writes a good one again', async (_name, content) => {
    const home = tempDir();
    const expected = await run(['status', '--json'], { home });
    const path = join(home, 'cache', mainCacheFile(home)!);
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
    const oldList = old.replace(/\.bin$/, '.commands');
    writeFileSync(old, 'old');
    writeFileSync(oldList, 'next');
    writeFileSync(recent, 'recent');
    const monthAndADayAgo = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(old, monthAndADayAgo, monthAndADayAgo);
    utimesSync(oldList, monthAndADayAgo, monthAndADayAgo);
    const r = await run(['status'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(oldList)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(mainCacheFile(home)).toBeDefined();
    expect(codeCacheFiles(home).filter((f) => !f.startsWith(`code-${mainHash}-`) && f !== 'code-1111111111111111-v20.0.0-x64.bin').length).toBeGreaterThan(0); // the loader's, kept
  });

  it('runs normally when the cache can be neither read nor written', async () => {
    const home = tempDir();
    const expected = await run(['status', '--json'], { home });
    // A directory where the cache file should be: reading it fails, and so does renaming a new one over it.
    const path = join(home, 'cache', mainCacheFile(home)!);
    rmSync(path);
    mkdirSync(join(path, 'blocked'), { recursive: true });
    const r = await run(['status', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toBe('');
    expect(readdirSync(join(home, 'cache')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
