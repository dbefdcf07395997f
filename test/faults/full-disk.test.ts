/**
 * Issue 13, case 1: a save that cannot be written whole. Before, `check`
 * printed "Marked done" (exit 0) and renamed a cut-off temporary file over the
 * good one (a full disk), or died of SIGXFSZ after printing it (ulimit -f).
 * Now: exit 1 with the reason, the previous file byte-for-byte, no temporary
 * file left, and the review log never left with half a line.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { canMount, fillDisk, hasStrace, NEEDS_ROOT, NEEDS_STRACE, stracePrefix, strayFiles, tmpfs, ulimitPrefix, unless } from '../helpers/faults.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };
const long = (ch: string, n: number) => ch.repeat(n);

/** A progress file of about 5.4 kB (a long note), as in the issue. */
async function sixKilobytes(home: string): Promise<Buffer> {
  const r = await run(['check', 'first-item', '--note', long('a', 5000)], { home, env });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(home, 'config.json'));
}

function expectUntouched(home: string, before: Buffer, r: { code: number | null; stdout: string; stderr: string }, reason: RegExp) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).not.toContain('Marked done');
  expect(r.stderr).toMatch(new RegExp(`cannot save progress to .*config\\.json: ${reason.source}\\. Nothing was changed; the previous file is intact\\.`));
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(join(home, 'config.json'))).toEqual(before);
  expect(strayFiles(home)).toEqual([]);
}

describe('a save that cannot be written whole', () => {
  it('a file-size limit (ulimit -f 7) that a bigger file would cross: exit 1, old file intact, no SIGXFSZ death', async () => {
    const home = tempDir();
    const before = await sixKilobytes(home);
    const r = await run(['check', 'second-item', '--note', long('b', 2000)], { home, env, prefix: ulimitPrefix(7) });
    expectUntouched(home, before, r, /the file would be larger than the file-size limit of this shell \(ulimit -f\)/);
    expect(r.stderr).toContain('ulimit -f unlimited');
    // Without the limit the same command goes through.
    expect((await run(['check', 'second-item', '--note', long('b', 2000)], { home, env })).code).toBe(0);
    expect(readProgressFile(home).courses['tiny-course'].items['second-item'].note).toBe(long('b', 2000));
  });

  it.skipIf(!canMount)(`a nearly full disk: the write comes up short, then ENOSPC${unless(canMount, NEEDS_ROOT)}`, async () => {
    const home = tmpfs('256k');
    const before = await sixKilobytes(home);
    // Two blocks left: one for the lock's owner file, one for the first 4 kB of the new 7.4 kB file.
    fillDisk(home, 8192);
    const r = await run(['check', 'second-item', '--note', long('b', 2000)], { home, env });
    expectUntouched(home, before, r, /the disk is full/);
    expect(existsSync(join(home, 'config.json.lock'))).toBe(false);
    rmSync(join(home, 'filler'));
    expect((await run(['check', 'second-item'], { home, env })).code).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(['first-item', 'second-item']);
  });

  it.skipIf(!canMount)(`the review log on a full disk is cut back to where it was, never left with half a line${unless(canMount, NEEDS_ROOT)}`, async () => {
    const home = tmpfs('512k');
    // A version-1 file with 300 answers inside: the first write moves them to reviews.jsonl.
    const reviews = Array.from({ length: 300 }, (_, i) => ({ question: `q-${i}`, at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), correct: i % 2 === 0, rating: i % 2 ? 1 : 3 }));
    const v1 = JSON.stringify({ schemaVersion: 1, profile: { startDate: '2026-11-30' }, courses: { 'tiny-course': { items: {}, cards: {}, reviews, sessions: [] } } });
    writeFileSync(join(home, 'config.json'), v1);
    const logSize = reviews.map((r) => JSON.stringify({ course: 'tiny-course', ...r })).join('\n').length;
    // Room for the lock, the version-1 backup and about half the log.
    fillDisk(home, 4096 + Math.ceil(v1.length / 4096) * 4096 + Math.floor(logSize / 2));
    const r = await run(['check', 'first-item'], { home, env });
    expectUntouched(home, Buffer.from(v1), r, /the disk is full/);
    // The backup was written, so it was the log's append that ran out of space (the file comes after it).
    expect(readFileSync(join(home, 'config.json.v1.bak'), 'utf8')).toBe(v1);
    const log = join(home, 'reviews.jsonl');
    expect(existsSync(log) ? statSync(log).size : 0).toBe(0);
    rmSync(join(home, 'filler'));
    expect((await run(['check', 'first-item'], { home, env })).code).toBe(0);
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).question)).toEqual(reviews.map((x) => x.question));
  });

  describe.skipIf(!hasStrace)(`errors injected into the writer's system calls${unless(hasStrace, NEEDS_STRACE)}`, () => {
    it.each([
      ['EDQUOT', 'pwrite64', /your disk quota is used up/],
      ['EIO', 'pwrite64', /the disk reported an input\/output error/],
      ['EFBIG', 'pwrite64', /the file would be larger than the file-size limit of this shell \(ulimit -f\)/],
      ['ENOSPC', 'pwrite64', /the disk is full/],
      ['EIO', 'fsync', /the disk reported an input\/output error/],
    ])('%s from %s', async (code, call, reason) => {
      const home = tempDir();
      const before = await sixKilobytes(home);
      const r = await run(['check', 'second-item'], { home, env, prefix: stracePrefix('-e', `inject=${call}:error=${code}:when=1`) });
      expectUntouched(home, before, r, reason);
    });

    it('a write that claims bytes it never wrote is caught by reading the file back', async () => {
      const home = tempDir();
      const before = await sixKilobytes(home);
      // The first pwrite64 "writes" 100 bytes without touching the file: the rest lands after a hole.
      const r = await run(['check', 'second-item'], { home, env, prefix: stracePrefix('-e', 'inject=pwrite64:retval=100:when=1') });
      expectUntouched(home, before, r, /what was written could not be read back intact/);
    });
  });
});
