/**
 * Reading progress: a plain JSON read, no conf. A damaged file is never
 * treated as empty: it is copied aside as <file>.corrupt-<timestamp> and the
 * command stops with a message that names the file and the fix.
 */
import { constants, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { readRegularFile } from '../util/regular-file.js';
import { basename, dirname, join } from 'node:path';
import { ProgressError } from '../errors.js';
import { parseProgressText } from './parse.js';
import { emptyProgress, SCHEMA_VERSION, type Progress, type ReviewEntry } from './types.js';
import { migrate } from './migrate.js';

export interface ReadResult {
  progress: Progress;
  /** The file did not exist yet. */
  fresh: boolean;
  /** Written by a newer mlops-study: readable, never writable. */
  newer: boolean;
  /** The schemaVersion on disk when it was older and has been migrated in memory. */
  migratedFrom?: number;
  /** Review history the migration took out of the file: the first write appends it to the review log. */
  movedReviews?: ReviewEntry[];
}

export function readProgress(file: string, now = new Date()): ReadResult {
  const text = readProgressText(file);
  if (text === undefined) return { progress: emptyProgress(), fresh: true, newer: false };
  // Some editors save UTF-8 with an invisible byte-order mark, which JSON (and conf) refuse.
  if (text.startsWith('\uFEFF')) {
    throw damaged(file, now, 'it starts with an invisible byte-order mark (BOM), which JSON does not allow; an editor may have saved it that way', '보이지 않는 바이트 순서 표시(BOM)로 시작합니다. JSON에서는 허용되지 않으며, 편집기가 그렇게 저장했을 수 있습니다');
  }
  let parsed;
  try {
    parsed = parseProgressText(text);
  } catch (error) {
    throw damaged(file, now, `it is not valid JSON (${(error as Error).message})`, `올바른 JSON이 아닙니다 (${(error as Error).message})`);
  }
  if (parsed.progress.schemaVersion > SCHEMA_VERSION) {
    return { progress: parsed.progress, fresh: false, newer: true };
  }
  if (parsed.problems.length) {
    const more = parsed.problems.length > 3 ? ` and ${parsed.problems.length - 3} more` : '';
    const details = `${parsed.problems.slice(0, 3).join('; ')}${more}`;
    throw damaged(file, now, `its content has the wrong shape: ${details}`, `내용의 형태가 잘못되었습니다: ${details}`);
  }
  const version = parsed.progress.schemaVersion;
  if (version >= SCHEMA_VERSION) return { progress: parsed.progress, fresh: false, newer: false };
  const { progress, movedReviews } = migrate(parsed.progress, parsed.legacyReviews);
  return { progress, fresh: false, newer: false, migratedFrom: version, movedReviews };
}

/**
 * The file's text, or undefined when there is none yet. Only a regular file
 * (or a symlink to one, as dotfile managers make) is read: a FIFO or a device
 * in its place would hang or never end every command, even --help (issue 14).
 */
export function readProgressText(file: string): string | undefined {
  const read = readRegularFile(file, { symlinks: 'follow' });
  if (read.ok) return read.bytes.toString('utf8');
  if (read.reason === 'missing' || read.reason === 'dangling') return undefined;
  if (read.reason === 'unreadable') {
    throw new ProgressError(`cannot read the progress file ${file}: ${read.code}`, file, 'Check the file and directory permissions.', {
      message: `진행 상황 파일 ${file}을 읽을 수 없습니다: ${read.code}`,
      hint: '파일과 디렉터리 권한을 확인하세요.',
    });
  }
  const [what, whatKo] = NOT_A_FILE[read.reason] ?? ['not a regular file', '일반 파일이 아닙니다'];
  throw new ProgressError(`the progress file ${file} is ${what}, not a file; nothing was read or changed`, file, `Move it away (mv "${file}" "${file}.moved"); mlops-study then starts a new file.`, {
    message: `진행 상황 파일 ${file}은 파일이 아니라 ${whatKo}. 아무것도 읽거나 바꾸지 않았습니다`,
    hint: `다른 곳으로 옮기면(mv "${file}" "${file}.moved") 새 파일로 시작합니다.`,
  });
}

const NOT_A_FILE: Partial<Record<string, [string, string]>> = {
  directory: ['a directory', '디렉터리입니다'],
  fifo: ['a named pipe (FIFO)', '이름 있는 파이프(FIFO)입니다'],
  device: ['a device', '장치 파일입니다'],
  socket: ['a socket', '소켓입니다'],
};

export function damaged(file: string, now: Date, problem: string, problemKo: string): ProgressError {
  const backup = backupDamaged(file, now);
  return new ProgressError(
    `the progress file ${file} is damaged: ${problem}. It was left as it is.${backup ? ` A copy was saved as ${backup}.` : ''}`,
    file,
    'Run `mlops-study config repair` to keep what can be recovered, or `mlops-study doctor` for details.',
    {
      message: `진행 상황 파일 ${file}이 손상되었습니다: ${problemKo}. 파일은 그대로 두었습니다.${backup ? ` 사본을 ${backup}에 저장했습니다.` : ''}`,
      hint: '살릴 수 있는 것을 복구하려면 `mlops-study config repair`를, 자세한 내용은 `mlops-study doctor`를 실행하세요.',
    },
  );
}

/** Copies the file beside itself once per distinct content; returns the copy's path. */
export function backupDamaged(file: string, now: Date): string | undefined {
  try {
    const content = readFileSync(file);
    const dir = dirname(file);
    const prefix = `${basename(file)}.corrupt-`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && readFileSync(join(dir, name)).equals(content)) return join(dir, name);
    }
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    // Never over another copy: two different damaged files within one second get -2, -3…
    for (let n = 1; ; n++) {
      const target = join(dir, `${prefix}${stamp}${n > 1 ? `-${n}` : ''}`);
      try {
        copyFileSync(file, target, constants.COPYFILE_EXCL);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
      }
    }
  } catch {
    return undefined;
  }
}
