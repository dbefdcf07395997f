/** doctor's lock check: which state the progress lock is in, from the same evidence the store uses, and the fix. */
import type { Context } from '../../context.js';
import { inspectLock, lockDir, WAIT_PER_HOLDER_MS, type LockState } from '../../progress/lock.js';
import type { DoctorCheck } from './index.js';

type Messages = Context['m'];

function holder(state: Extract<LockState, { kind: 'held' | 'stale' }>, m: Messages): string {
  if (!state.owner) return m.docLockNoOwner;
  return m.docLockProcess(state.owner.pid, state.here ? undefined : state.owner.host);
}

/** The lock's state; `now` is the real clock (ms), never a pretended date. */
export function lockCheck(file: string, m: Messages, now = Date.now()): Omit<DoctorCheck, 'area'> {
  const lock = lockDir(file);
  const ago = (ms: number) => m.docDuration(Math.round(Math.abs(ms) / 1000));
  let state: LockState;
  try {
    state = inspectLock(file, now);
  } catch (error) {
    return { name: 'lock', status: 'fail', detail: m.docLockUnreadable(lock, (error as NodeJS.ErrnoException).code ?? (error as Error).message), fix: m.docLockUnreadableFix(lock) };
  }
  switch (state.kind) {
    case 'free':
      return { name: 'lock', status: 'ok', detail: m.docLockFree };
    case 'not-directory':
      return { name: 'lock', status: 'fail', detail: m.docLockNotDir(lock, state.what, state.size), fix: m.docLockNotDirFix(lock) };
    case 'held': {
      // A start in the future (a clock set wrong, or an owner file from another machine) says nothing about how long.
      const started = state.owner ? Date.parse(state.owner.since) : NaN;
      const since = started > now ? NaN : started;
      const held = Number.isNaN(since) ? '' : ago(now - since);
      const how = state.here && state.owner ? m.docLockRunning : m.docLockHeartbeat(ago(state.heartbeatAgeMs));
      if (Number.isNaN(since) || now - since <= WAIT_PER_HOLDER_MS) return { name: 'lock', status: 'ok', detail: m.docLockHeld(holder(state, m), how, held) };
      return { name: 'lock', status: 'warn', detail: m.docLockStuck(holder(state, m), how, held), fix: state.here && state.owner ? m.docLockStuckKill(state.owner.pid) : m.docLockStuckWait };
    }
    case 'stale': {
      const who = holder(state, m);
      const detail = state.why === 'gone' ? m.docLockGone(who) : state.why === 'future' ? m.docLockFuture(ago(state.heartbeatAgeMs), who) : m.docLockSilent(who, ago(state.heartbeatAgeMs));
      return { name: 'lock', status: 'warn', detail, fix: m.docLockStaleFix(lock) };
    }
  }
}
