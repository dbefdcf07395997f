/**
 * Issue 13, case 7: lock states that blocked or misled. Before, a lock
 * directory dated in the future made every write wait ~30 s and fail while
 * doctor said "another mlops-study is saving right now"; a regular file named
 * config.json.lock failed every write with ENOTDIR and a permissions hint.
 * Now doctor names each state from the same evidence the store uses, with
 * the fix, and a stale or future-dated lock is taken over at once.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, readProgressFile, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

async function lockCheck(home: string) {
  const r = await run(['doctor', '--json'], { home, env });
  return (JSON.parse(r.stdout).checks as { name: string; status: string; detail: string; fix?: string }[]).find((c) => c.name === 'lock')!;
}

const holders: import('node:child_process').ChildProcess[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.kill('SIGKILL');
});

/** Another process that takes the progress lock as mlops-study does and keeps it until killed. */
async function holdLock(file: string) {
  const holder = spawn(process.execPath, ['--import', 'tsx', join(FIXTURES, 'scripts', 'hold-lock.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  holders.push(holder);
  await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()));
  return holder;
}

describe('lock states', () => {
  it('a lock dated in the future is named as such and taken over at once', async () => {
    const home = tempDir();
    await run(['check', 'first-item'], { home, env });
    const lock = join(home, 'config.json.lock');
    mkdirSync(lock);
    const tomorrow = new Date(Date.now() + 86_400_000);
    utimesSync(lock, tomorrow, tomorrow);
    expect(await lockCheck(home)).toMatchObject({ status: 'warn', detail: expect.stringMatching(/^a stale lock dated 24 h in the future .*; the next change takes it over at once$/), fix: `nothing to do (or remove it: rm -r '${lock}')` });
    const r = await run(['check', 'second-item'], { home, env });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items)).toEqual(['first-item', 'second-item']);
  });

  it('a regular file named config.json.lock: a clear message with the fix, nothing changed; doctor fails with the same fix', async () => {
    const home = tempDir();
    await run(['check', 'first-item'], { home, env });
    const before = readFileSync(join(home, 'config.json'));
    const lock = join(home, 'config.json.lock');
    writeFileSync(lock, 'not ours\n');
    const r = await run(['check', 'second-item'], { home, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot save progress to ${join(home, 'config.json')}: its lock ${lock} is a regular file (9 bytes), not the directory mlops-study locks with. Nothing was changed.`);
    expect(r.stderr).toContain(`remove it (rm '${lock}')`);
    expect(r.stderr).not.toMatch(/permission|ENOTDIR/);
    expect(readFileSync(join(home, 'config.json'))).toEqual(before);
    expect(readFileSync(lock, 'utf8')).toBe('not ours\n');
    const doctor = await run(['doctor', '--json'], { home, env });
    expect(doctor.code).toBe(1);
    expect(await lockCheck(home)).toMatchObject({ status: 'fail', detail: expect.stringContaining('is a regular file (9 bytes)'), fix: `look at it, then: rm '${lock}'` });
  });

  it('a lock held by a live process: doctor names the process; after a kill -9 it is stale and taken over', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    const holder = await holdLock(file);
    expect(await lockCheck(home)).toMatchObject({ status: 'ok', detail: expect.stringMatching(new RegExp(`^held by mlops-study process ${holder.pid} \\(running\\) for \\d+ s: it is saving right now$`)) });
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('close', resolve));
    // Its heartbeat looks fresh: only the evidence that its process is gone can make it stale.
    const now = new Date();
    utimesSync(`${file}.lock`, now, now);
    expect(await lockCheck(home)).toMatchObject({ status: 'warn', detail: `a stale lock left by mlops-study process ${holder.pid}, which is no longer running; the next change takes it over at once` });
    const r = await run(['check', 'first-item'], { home, env });
    expect(r.code, r.stderr).toBe(0);
    expect(readProgressFile(home).courses['tiny-course'].items['first-item']).toBeDefined();
  });
});
