/** doctor's lock check: which state the progress lock is in, from the same evidence the store uses, and the fix. */
import { inspectLock, lockDir, WAIT_PER_HOLDER_MS, type LockState } from '../../progress/lock.js';
import type { DoctorCheck } from './index.js';

/** A duration as a person reads it: 40 s, 12 min, 24 h, 3 days. */
export function duration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}

function holder(state: Extract<LockState, { kind: 'held' | 'stale' }>): string {
  if (!state.owner) return 'a process that recorded no owner (an older mlops-study, or made by hand)';
  return `mlops-study process ${state.owner.pid}${state.here ? '' : ` on ${state.owner.host}`}`;
}

const bytes = (n: number) => `${n} byte${n === 1 ? '' : 's'}`;

export function lockCheck(file: string, now = Date.now()): Omit<DoctorCheck, 'area'> {
  const lock = lockDir(file);
  let state: LockState;
  try {
    state = inspectLock(file, now);
  } catch (error) {
    return { name: 'lock', status: 'fail', detail: `${lock} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, fix: `check the permissions of ${lock}` };
  }
  switch (state.kind) {
    case 'free':
      return { name: 'lock', status: 'ok', detail: 'not locked' };
    case 'not-directory': {
      const what = state.what === 'symlink' ? 'a symbolic link' : state.what === 'file' ? `a regular file (${bytes(state.size)})` : 'not a directory';
      return { name: 'lock', status: 'fail', detail: `${lock} is ${what}, not mlops-study's lock directory: every change fails until it is removed`, fix: `look at it, then: rm '${lock}'` };
    }
    case 'held': {
      const since = state.owner ? Date.parse(state.owner.since) : NaN;
      const held = Number.isNaN(since) ? '' : ` for ${duration(now - since)}`;
      const beat = state.here && state.owner ? 'running' : `last heartbeat ${duration(state.heartbeatAgeMs)} ago`;
      const stuck = !Number.isNaN(since) && now - since > WAIT_PER_HOLDER_MS;
      return {
        name: 'lock',
        status: stuck ? 'warn' : 'ok',
        detail: `held by ${holder(state)} (${beat})${held}: ${stuck ? 'it may be stuck; other changes wait for it' : 'it is saving right now'}`,
        ...(stuck ? { fix: state.here && state.owner ? `wait for it, or stop it: kill ${state.owner.pid}` : 'wait for it to finish' } : {}),
      };
    }
    case 'stale': {
      const why =
        state.why === 'gone'
          ? `left by ${holder(state)}, which is no longer running`
          : state.why === 'future'
            ? `dated ${duration(state.heartbeatAgeMs)} in the future by ${holder(state)}, so no heartbeat can be seen`
            : `left by ${holder(state)}, silent for ${duration(state.heartbeatAgeMs)}`;
      return { name: 'lock', status: 'warn', detail: `a stale lock ${why}; the next change takes it over at once`, fix: `nothing to do (or remove it: rm -r '${lock}')` };
    }
  }
}
