/**
 * Issue 13, case 2: a save slower than the old 3 s stale-lock time. Before,
 * a second `check` took the lock over while the first was still in a slow
 * fsync, and the first then renamed its file over the second's: both said
 * saved, one change was gone. Now a live holder is never taken over, and a
 * writer whose lock was taken anyway (removed by hand here) starts over
 * instead of renaming. The slow fsync is strace's fault injection, as in the
 * issue; the tests wait on states (the first writer's temporary file exists),
 * never on a clock.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { hasStrace, NEEDS_STRACE, stracePrefix, unless } from '../helpers/faults.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

/** Resolves once the slow writer has written its temporary file (and is held up flushing it). */
async function inSlowFlush(home: string): Promise<void> {
  while (!readdirSync(home).some((n) => n.startsWith('config.json.tmp'))) await new Promise((r) => setTimeout(r, 20));
}

describe.skipIf(!hasStrace)(`a save held up in a 6 s fsync${unless(hasStrace, NEEDS_STRACE)}`, () => {
  it('a second check waits for it instead of taking its lock over: both changes land', async () => {
    const home = tempDir();
    expect((await run(['next'], { home, env })).code).toBe(0);
    const slow = run(['check', 'first-item'], { home, env, prefix: stracePrefix('-e', 'inject=fsync:delay_enter=6000000:when=1') });
    await inSlowFlush(home);
    const second = await run(['check', 'second-item'], { home, env });
    const first = await slow;
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toContain('Marked done');
    expect(second.stdout).toContain('Marked done');
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items).sort()).toEqual(['first-item', 'second-item']);
  });

  it('a writer whose lock was taken while it was slow starts over instead of renaming over the newer file', async () => {
    const home = tempDir();
    expect((await run(['next'], { home, env })).code).toBe(0);
    const slow = run(['check', 'first-item'], { home, env, prefix: stracePrefix('-e', 'inject=fsync:delay_enter=6000000:when=1') });
    await inSlowFlush(home);
    // Its lock disappears (removed by hand, or taken over by a process that judged it wrongly) and another save lands.
    rmSync(join(home, 'config.json.lock'), { recursive: true, force: true });
    const second = await run(['check', 'second-item'], { home, env });
    expect(second.code, second.stderr).toBe(0);
    const first = await slow;
    expect(first.code, first.stderr).toBe(0);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items).sort()).toEqual(['first-item', 'second-item']);
  });
});
