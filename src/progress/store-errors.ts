/**
 * What the store says when it cannot save (issue 13). The words are the
 * catalogue's (withText): the error report writes them in the run's language,
 * with commands as this run was started.
 */
import { ProgressError, withText } from '../errors.js';
import { errorCode } from '../util/atomic-write.js';
import type { LockState } from './lock.js';
import { NOT_A_LOG, reviewLogFile } from './review-log.js';

const progressError = (file: string) => (message: string, hint?: string) => new ProgressError(message, file, hint);

/** A file-system failure while saving: nothing was changed. Anything without an errno code is a bug and passes through. */
export function unwritable(file: string, error: unknown): Error {
  if (error instanceof ProgressError) return error;
  const code = errorCode(error);
  if (!code) return error as Error;
  if ((error as { committed?: boolean }).committed) {
    return withText(progressError(file), (m, cmd) => ({ message: m.errSavedNotFlushed(file, m.ioReason(code)), hint: m.hintSaveDisk(cmd('config', 'path')) }));
  }
  if (code === NOT_A_LOG) return withText(progressError(file), (m) => ({ message: m.errSave(file, m.reviewLogNotFile(reviewLogFile(file))), hint: m.hintReviewLogNotFile(reviewLogFile(file)) }));
  return withText(progressError(file), (m, cmd) => ({
    message: m.errSave(file, m.ioReason(code)),
    hint:
      code === 'ENOSPC'
        ? m.hintSaveSpace
        : code === 'EDQUOT'
          ? m.hintSaveQuota
          : code === 'EFBIG'
            ? m.hintSaveUlimit
            : code === 'EIO' || code === 'EVERIFY'
              ? m.hintSaveDisk(cmd('config', 'path'))
              : m.hintSavePermissions,
  }));
}

export function lockNotDirectory(file: string, lock: string, state: Extract<LockState, { kind: 'not-directory' }>): ProgressError {
  return withText(progressError(file), (m) => ({ message: m.errLockNotDir(file, lock, state.what, state.size), hint: m.hintLockNotDir(lock) }));
}

export function lockBusy(file: string, state: LockState): ProgressError {
  const owner = state.kind === 'held' ? state.owner : undefined;
  const here = state.kind === 'held' && state.here;
  return withText(progressError(file), (m, cmd) => ({
    message: m.errLockBusy(file, owner ? m.docLockProcess(owner.pid, here ? undefined : owner.host) : m.lockSomeone),
    hint: m.hintLockBusy(cmd('doctor'), owner && here ? owner.pid : undefined),
  }));
}

/** The file kept changing under our lock (a writer that ignores it, such as a hand edit or a very old mlops-study). */
export function keptChanging(file: string): ProgressError {
  return withText(progressError(file), (m) => ({ message: m.errKeptChanging(file), hint: m.hintKeptChanging }));
}

export function newerFile(file: string, version: number): ProgressError {
  return withText(progressError(file), (m) => ({ message: m.errProgressNewer(file, version), hint: m.hintProgressNewer }));
}
