/**
 * The progress lock decides staleness from evidence: a holder on this
 * computer is asked directly (is its process alive, with the same start
 * time?); other holders by their heartbeat. No test here waits for a clock:
 * the states are made (a sleeping process, a dead one, a dated directory).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, inspectLock, lockDir, SILENT_MS } from '../../src/progress/lock.js';
import { processStartTime } from '../../src/util/processes.js';
import { tempDir } from '../helpers/cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function sleeper(): Promise<ChildProcess> {
  const child = spawn('sleep', ['600'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

async function deadPid(): Promise<number> {
  const child = spawn('true', { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function fakeLock(file: string, owner: Record<string, unknown> | undefined, mtime = new Date()) {
  const dir = lockDir(file);
  mkdirSync(dir);
  if (owner) writeFileSync(join(dir, 'owner.json'), JSON.stringify({ host: hostname(), token: 't', since: new Date().toISOString(), ...owner }));
  utimesSync(dir, mtime, mtime);
}

const fileIn = () => join(tempDir(), 'config.json');

describe('inspectLock', () => {
  it('free, and not a directory (a regular file or a symlink)', () => {
    const file = fileIn();
    expect(inspectLock(file)).toEqual({ kind: 'free' });
    writeFileSync(lockDir(file), 'hello');
    expect(inspectLock(file)).toEqual({ kind: 'not-directory', what: 'file', size: 5 });
    const other = fileIn();
    symlinkSync('/nonexistent', lockDir(other));
    expect(inspectLock(other)).toMatchObject({ kind: 'not-directory', what: 'symlink' });
  });

  it('held by a live process on this computer, however old its heartbeat', async () => {
    const child = await sleeper();
    const file = fileIn();
    fakeLock(file, { pid: child.pid, started: processStartTime(child.pid!) }, new Date(Date.now() - 45_000));
    expect(inspectLock(file)).toMatchObject({ kind: 'held', here: true, owner: { pid: child.pid } });
  });

  it('stale at once when its process is gone, however fresh its heartbeat', async () => {
    const file = fileIn();
    fakeLock(file, { pid: await deadPid() });
    expect(inspectLock(file)).toMatchObject({ kind: 'stale', why: 'gone' });
  });

  it('stale when the pid now belongs to another process (start time differs)', async () => {
    const child = await sleeper();
    const file = fileIn();
    fakeLock(file, { pid: child.pid, started: '1' });
    expect(inspectLock(file)).toMatchObject({ kind: 'stale', why: 'gone' });
  });

  it('without an owner (an older mlops-study): by heartbeat; future-dated is stale', () => {
    const fresh = fileIn();
    fakeLock(fresh, undefined);
    expect(inspectLock(fresh)).toMatchObject({ kind: 'held' });
    const silent = fileIn();
    fakeLock(silent, undefined, new Date(Date.now() - SILENT_MS - 5000));
    expect(inspectLock(silent)).toMatchObject({ kind: 'stale', why: 'silent' });
    const future = fileIn();
    fakeLock(future, undefined, new Date(Date.now() + 3600_000));
    expect(inspectLock(future)).toMatchObject({ kind: 'stale', why: 'future' });
  });

  it('held by another computer: by heartbeat, with room for clock differences', () => {
    const file = fileIn();
    fakeLock(file, { pid: 1, host: 'another-host' }, new Date(Date.now() + 5000));
    expect(inspectLock(file)).toMatchObject({ kind: 'held', here: false });
    const silent = fileIn();
    fakeLock(silent, { pid: 1, host: 'another-host' }, new Date(Date.now() - SILENT_MS - 5000));
    expect(inspectLock(silent)).toMatchObject({ kind: 'stale', why: 'silent', here: false });
  });
});

describe('acquireLock', () => {
  it('takes a lock left by a dead process over at once, and releases only its own', async () => {
    const file = fileIn();
    fakeLock(file, { pid: await deadPid() });
    const lock = await acquireLock(file);
    expect(lock.stillHeld()).toBe(true);
    expect(JSON.parse(readFileSync(join(lockDir(file), 'owner.json'), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(existsSync(lockDir(file))).toBe(false);
  });

  it('waits while a live process holds it, and gets it when that process lets go', async () => {
    const child = await sleeper();
    const file = fileIn();
    fakeLock(file, { pid: child.pid, started: processStartTime(child.pid!) });
    let got = false;
    const waiting = acquireLock(file).then((lock) => {
      got = true;
      return lock;
    });
    // Still waiting after the holder was seen several times (the state, not a clock, is what is checked).
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(inspectLock(file)).toMatchObject({ kind: 'held', owner: { pid: child.pid } });
    }
    expect(got).toBe(false);
    child.kill('SIGKILL');
    const lock = await waiting;
    expect(lock.stillHeld()).toBe(true);
    lock.release();
  });

  it('a lock taken over by someone else is no longer held, and releasing it leaves theirs alone', async () => {
    const file = fileIn();
    const lock = await acquireLock(file);
    writeFileSync(join(lockDir(file), 'owner.json'), JSON.stringify({ pid: 1, host: 'other', token: 'theirs', since: new Date().toISOString() }));
    expect(lock.stillHeld()).toBe(false);
    lock.release();
    expect(existsSync(lockDir(file))).toBe(true);
  });

  it('writers in one process take turns instead of taking each other over', async () => {
    const file = fileIn();
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        const lock = await acquireLock(file);
        order.push(`${name}+`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(lock.stillHeld()).toBe(true);
        order.push(`${name}-`);
        lock.release();
      }),
    );
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });
});
