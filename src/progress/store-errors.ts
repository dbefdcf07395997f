/**
 * What the store says when it cannot save (issue 13). These errors are raised
 * before a command's language matters to the store, so each carries its
 * Korean text too and the error boundary picks one.
 */
import { ProgressError } from '../errors.js';
import { errorCode } from '../util/atomic-write.js';
import type { LockState } from './lock.js';

const reasons: Record<string, [string, string]> = {
  EACCES: ['permission denied', '권한이 없습니다'],
  EPERM: ['permission denied', '권한이 없습니다'],
  EROFS: ['the file system is read-only', '읽기 전용 파일 시스템입니다'],
  ENOSPC: ['the disk is full', '디스크가 가득 찼습니다'],
  EDQUOT: ['your disk quota is used up', '디스크 할당량을 다 썼습니다'],
  EFBIG: ['the file would be larger than the file-size limit of this shell (ulimit -f)', '파일이 이 셸의 파일 크기 제한(ulimit -f)보다 커집니다'],
  EIO: ['the disk reported an input/output error', '디스크가 입출력 오류를 보고했습니다'],
  EVERIFY: ['what was written could not be read back intact', '쓴 내용을 그대로 다시 읽을 수 없었습니다'],
};

const hints: Record<string, [string, string]> = {
  ENOSPC: ['Free some disk space and run the command again.', '디스크 공간을 확보한 뒤 다시 실행하세요.'],
  EDQUOT: ['Free some space in your quota and run the command again.', '할당량 안에서 공간을 확보한 뒤 다시 실행하세요.'],
  EFBIG: ['Raise the limit (ulimit -f unlimited) and run the command again.', '제한을 늘린 뒤(ulimit -f unlimited) 다시 실행하세요.'],
  EIO: ['The disk may be failing: copy your progress file somewhere safe (mlops-study config path) and check the disk.', '디스크가 고장 났을 수 있습니다. 진행 상황 파일을 안전한 곳에 복사하고(mlops-study config path) 디스크를 점검하세요.'],
  EVERIFY: ['The disk may be failing: copy your progress file somewhere safe (mlops-study config path) and check the disk.', '디스크가 고장 났을 수 있습니다. 진행 상황 파일을 안전한 곳에 복사하고(mlops-study config path) 디스크를 점검하세요.'],
};
const permissionHint: [string, string] = ['Check the permissions of that directory, or set MLOPS_STUDY_HOME to a writable one.', '그 디렉터리의 권한을 확인하거나, MLOPS_STUDY_HOME을 쓸 수 있는 디렉터리로 설정하세요.'];

/** A file-system failure while saving: nothing was changed. Anything without an errno code is a bug and passes through. */
export function unwritable(file: string, error: unknown): Error {
  if (error instanceof ProgressError) return error;
  const code = errorCode(error);
  if (!code) return error as Error;
  const [reason, reasonKo] = reasons[code] ?? [code, code];
  const [hint, hintKo] = hints[code] ?? permissionHint;
  if ((error as { committed?: boolean }).committed) {
    return new ProgressError(`progress was saved to ${file}, but making it permanent on disk failed: ${reason}`, file, hints.EIO![0], {
      message: `진행 상황을 ${file}에 저장했지만 디스크에 확정하지 못했습니다: ${reasonKo}`,
      hint: hints.EIO![1],
    });
  }
  return new ProgressError(`cannot save progress to ${file}: ${reason}. Nothing was changed; the previous file is intact.`, file, hint, {
    message: `진행 상황을 ${file}에 저장할 수 없습니다: ${reasonKo}. 아무것도 바꾸지 않았고 이전 파일은 그대로입니다.`,
    hint: hintKo,
  });
}

export function lockNotDirectory(file: string, lock: string, state: Extract<LockState, { kind: 'not-directory' }>): ProgressError {
  const what = state.what === 'symlink' ? 'a symbolic link' : state.what === 'file' ? `a regular file (${state.size} byte${state.size === 1 ? '' : 's'})` : 'not a directory';
  const whatKo = state.what === 'symlink' ? '심볼릭 링크' : state.what === 'file' ? `일반 파일(${state.size}바이트)` : '디렉터리가 아닌 것';
  return new ProgressError(
    `cannot save progress to ${file}: its lock ${lock} is ${what}, not the directory mlops-study locks with. Nothing was changed.`,
    file,
    `mlops-study never makes a file there: look at it, then remove it (rm '${lock}') and run the command again.`,
    {
      message: `진행 상황을 ${file}에 저장할 수 없습니다: 잠금 ${lock}이 mlops-study가 쓰는 디렉터리가 아니라 ${whatKo}입니다. 아무것도 바꾸지 않았습니다.`,
      hint: `mlops-study는 그 자리에 파일을 만들지 않습니다. 내용을 확인한 뒤 지우고(rm '${lock}') 다시 실행하세요.`,
    },
  );
}

export function lockBusy(file: string, state: LockState): ProgressError {
  const owner = state.kind === 'held' ? state.owner : undefined;
  const who = owner ? `mlops-study process ${owner.pid}${state.kind === 'held' && !state.here ? ` on ${owner.host}` : ''}` : 'another mlops-study';
  const whoKo = owner ? `mlops-study 프로세스 ${owner.pid}${state.kind === 'held' && !state.here ? ` (${owner.host})` : ''}` : '다른 mlops-study';
  return new ProgressError(
    `the progress file ${file} stayed locked by ${who} for more than 30 s; nothing was changed`,
    file,
    `It may be stuck on a slow disk. Run \`mlops-study doctor\` to see the lock${owner && state.kind === 'held' && state.here ? `; stop that process (kill ${owner.pid}) if it hangs` : ''}, then try again.`,
    {
      message: `진행 상황 파일 ${file}을 ${whoKo}가 30초 넘게 잠그고 있습니다. 아무것도 바꾸지 않았습니다`,
      hint: `느린 디스크에서 멈춰 있을 수 있습니다. \`mlops-study doctor\`로 잠금을 확인하고${owner && state.kind === 'held' && state.here ? `, 멈춰 있으면 그 프로세스를 끝낸(kill ${owner.pid})` : ''} 뒤 다시 시도하세요.`,
    },
  );
}

/** The file kept changing under our lock (a writer that ignores it, such as a hand edit or a very old mlops-study). */
export function keptChanging(file: string): ProgressError {
  return new ProgressError(`the progress file ${file} kept changing while mlops-study was saving; nothing was changed`, file, 'Close whatever else writes that file, then run the command again.', {
    message: `저장하는 동안 진행 상황 파일 ${file}이 계속 바뀌었습니다. 아무것도 바꾸지 않았습니다`,
    hint: '그 파일에 쓰는 다른 프로그램을 닫고 다시 실행하세요.',
  });
}

export function newerFile(file: string, version: number): ProgressError {
  return new ProgressError(
    `the progress file ${file} was written by a newer mlops-study (schemaVersion ${version}); it was not changed`,
    file,
    'Upgrade mlops-study (git pull && npm install) to change it.',
    {
      message: `진행 상황 파일 ${file}은 더 새로운 mlops-study가 쓴 파일입니다 (schemaVersion ${version}). 바꾸지 않았습니다`,
      hint: '바꾸려면 mlops-study를 업데이트하세요 (git pull && npm install).',
    },
  );
}
