/**
 * The one writer of progress. Every change is a locked read-modify-write:
 * proper-lockfile guards the file, the Conf instance is created inside the
 * lock (conf re-reads on every access, so a Conf made earlier could write
 * back stale data), and conf writes atomically (temp file + rename).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ProgressError } from '../errors.js';
import { CONFIG_NAME, PROJECT_NAME } from './paths.js';
import { readProgress } from './read.js';
import { foldReads } from './reads.js';
import { appendReviews, notYetLogged } from './review-log.js';
import type { Progress, ReviewEntry } from './types.js';

/** A lock older than this is from a crashed process and is taken over. */
export const STALE_LOCK_MS = 3000;
/** About 30 s of waiting for a busy lock: many writers at once on a slow machine take turns. */
const LOCK_ATTEMPTS = 540;

export interface UpdateOptions {
  now?: Date;
}

async function withLock<T>(file: string, work: (Conf: ConfClass) => Promise<T>): Promise<T> {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw unwritable(file, error);
  }
  // Load both libraries before taking the lock: the lock is held only for the read-modify-write itself.
  const [{ lock }, { default: Conf }] = await Promise.all([import('proper-lockfile').then((m) => m.default), import('conf')]);
  let release: () => Promise<void>;
  // Retry only while another process holds the lock; proper-lockfile's own
  // retries would also retry EACCES/EROFS for seconds before failing.
  for (let attempt = 0; ; attempt++) {
    try {
      release = await lock(file, {
        realpath: false,
        stale: STALE_LOCK_MS,
        update: 1000,
        // Taken over because ours looked stale: the write is still atomic, nothing is half-written.
        onCompromised: () => undefined,
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw unwritable(file, error);
      if (attempt >= LOCK_ATTEMPTS) {
        throw new ProgressError(`the progress file ${file} stayed locked by another mlops-study process`, file, 'Wait a moment and try again.');
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 90));
    }
  }
  try {
    return await work(Conf);
  } finally {
    await release().catch(() => undefined);
  }
}

type ConfClass = typeof import('conf').default;

async function write(Conf: ConfClass, file: string, progress: Progress): Promise<void> {
  let conf;
  try {
    conf = new Conf<Record<string, unknown>>({ projectName: PROJECT_NAME, projectSuffix: '', cwd: dirname(file), configName: CONFIG_NAME, clearInvalidConfig: false });
  } catch (error) {
    // conf throws a bare SyntaxError (no path) when the file is not JSON.
    if ((error as Error).name === 'SyntaxError') {
      throw new ProgressError(`the progress file ${file} is damaged: it is not valid JSON. It was left as it is.`, file, 'Run `mlops-study config repair`.');
    }
    throw unwritable(file, error);
  }
  try {
    conf.store = progress as unknown as Record<string, unknown>;
  } catch (error) {
    throw unwritable(file, error);
  }
}

/**
 * A locked read-modify-write. `mutate` changes the progress in place; answers
 * it pushes to `reviews` are appended to the review log before the progress
 * file is written.
 */
export async function updateProgress<T>(file: string, mutate: (progress: Progress, reviews: ReviewEntry[]) => T, options: UpdateOptions = {}): Promise<{ progress: Progress; result: T }> {
  const now = options.now ?? new Date();
  return withLock(file, async (Conf) => {
    const { progress: current, newer, migratedFrom, movedReviews } = readProgress(file, now);
    if (newer) {
      throw new ProgressError(
        `the progress file ${file} was written by a newer mlops-study (schemaVersion ${current.schemaVersion}); it was not changed`,
        file,
        'Upgrade mlops-study (git pull && npm install) to change it.',
        {
          message: `진행 상황 파일 ${file}은 더 새로운 mlops-study가 쓴 파일입니다 (schemaVersion ${current.schemaVersion}). 바꾸지 않았습니다`,
          hint: '바꾸려면 mlops-study를 업데이트하세요 (git pull && npm install).',
        },
      );
    }
    if (migratedFrom !== undefined && existsSync(file)) {
      // Keep the original before its first write in the new format.
      try {
        copyFileSync(file, `${file}.v${migratedFrom}.bak`);
      } catch (error) {
        throw unwritable(file, error);
      }
    }
    const next = structuredClone(current);
    // Topics read since the last write (appended by `show` without a lock) join the file now.
    const reads = foldReads(file, next);
    const reviews: ReviewEntry[] = [];
    const result = mutate(next, reviews);
    try {
      // The history a migration took out of the file goes to the log before the file stops holding it.
      appendReviews(file, [...notYetLogged(file, movedReviews ?? []), ...reviews]);
    } catch (error) {
      throw unwritable(file, error);
    }
    await write(Conf, file, next);
    reads.done();
    return { progress: next, result };
  });
}

/** Replaces a damaged file with what `config repair` recovered (the caller backed it up). */
export async function writeRepaired(file: string, progress: Progress, movedReviews: ReviewEntry[] = []): Promise<void> {
  await withLock(file, async (Conf) => {
    try {
      appendReviews(file, notYetLogged(file, movedReviews));
    } catch (error) {
      throw unwritable(file, error);
    }
    // conf reads the file when it is constructed and throws on damaged JSON:
    // swap in an empty store first (atomically), then write through conf.
    const temp = `${file}.repair-${process.pid}`;
    try {
      writeFileSync(temp, '{}');
      renameSync(temp, file);
    } catch (error) {
      throw unwritable(file, error);
    }
    await write(Conf, file, progress);
  });
}

export function unwritable(file: string, error: unknown): Error {
  if (error instanceof ProgressError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) return error as Error; // not a file-system problem: a bug, reported as such
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EROFS'
        ? 'the file system is read-only'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code;
  const reasonKo = code === 'EACCES' || code === 'EPERM' ? '권한이 없습니다' : code === 'EROFS' ? '읽기 전용 파일 시스템입니다' : code === 'ENOSPC' ? '디스크가 가득 찼습니다' : reason;
  return new ProgressError(
    `cannot save progress to ${file}: ${reason}. Nothing was changed; the previous file is intact.`,
    file,
    code === 'ENOSPC' ? 'Free some disk space and run the command again.' : 'Check the permissions of that directory, or set MLOPS_STUDY_HOME to a writable one.',
    {
      message: `진행 상황을 ${file}에 저장할 수 없습니다: ${reasonKo}. 아무것도 바꾸지 않았고 이전 파일은 그대로입니다.`,
      hint: code === 'ENOSPC' ? '디스크 공간을 확보한 뒤 다시 실행하세요.' : '그 디렉터리의 권한을 확인하거나, MLOPS_STUDY_HOME을 쓸 수 있는 디렉터리로 설정하세요.',
    },
  );
}
