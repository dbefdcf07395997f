/** doctor's lock line for a held lock whose owner says it was taken in the future (a clock set wrong). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockCheck } from '../../src/commands/doctor/lock.js';
import { josa } from '../../src/i18n/josa.js';
import { messages } from '../../src/i18n/messages.js';
import { tempDir } from '../helpers/cli.js';

function heldLock(since: Date): string {
  const file = join(tempDir(), 'config.json');
  mkdirSync(`${file}.lock`);
  // The test runner's process: alive and on this host, and not this process (whose pid in a lock means a previous run's).
  writeFileSync(join(`${file}.lock`, 'owner.json'), JSON.stringify({ pid: process.ppid, host: hostname(), token: 't', since: since.toISOString() }));
  return file;
}

describe('doctor: a held lock', () => {
  it('says how long it has been held', () => {
    const now = Date.now();
    const check = lockCheck(heldLock(new Date(now - 5_000)), messages('en'), now);
    expect(check).toMatchObject({ status: 'ok', detail: `held by mlops-study process ${process.ppid} (running) for 5 s: it is saving right now` });
  });

  it('says no duration when its owner dates it in the future (not "for 8 days"), in either language', () => {
    const now = Date.now();
    const file = heldLock(new Date(now + 8 * 86_400_000));
    expect(lockCheck(file, messages('en'), now)).toMatchObject({ status: 'ok', detail: `held by mlops-study process ${process.ppid} (running): it is saving right now` });
    // 이 or 가 after the pid, as it is read (…4가, …3이).
    expect(lockCheck(file, messages('ko'), now).detail).toBe(`${josa(`mlops-study 프로세스 ${process.ppid}`, '이/가')} 잡고 있음 (실행 중): 지금 저장하는 중입니다`);
  });
});
