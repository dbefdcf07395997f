/**
 * Writing to stdout/stderr with fs.writeSync: no stream objects (for a pipe,
 * process.stdout would load net and the stream machinery on every start).
 * A closed pipe (`| head -1`) ends output quietly; any other failure to write
 * (a full disk behind `> file`, /dev/full) is the learner's condition, not a bug.
 * Everything written passes the untrusted-text guard (src/util/untrusted.ts).
 */
import { writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { jsonText, terminalOutput } from '../util/untrusted.js';

let pipeClosed = false;
let stdoutFailed = false;

function write(fd: 1 | 2, text: string): void {
  writeRaw(fd, text.endsWith('\n') ? text : `${text}\n`);
}

function writeRaw(fd: 1 | 2, raw: string): void {
  if (fd === 1 && (pipeClosed || stdoutFailed)) return;
  const text = terminalOutput(raw);
  if (text !== raw) reportEscaped(raw);
  let buffer = Buffer.from(text);
  while (buffer.length) {
    try {
      const written = writeSync(fd, buffer);
      buffer = buffer.subarray(written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe that is full: try again
      if (code === 'EPIPE') {
        if (fd === 1) pipeClosed = true;
        return;
      }
      if (fd === 2) return; // nowhere left to tell anyone
      stdoutFailed = true;
      throw outputError(code ?? (error as Error).message);
    }
  }
}

const REASONS: Record<string, [string, string]> = {
  ENOSPC: ['the device is full', '장치에 남은 공간이 없습니다'],
  EIO: ['an input/output error', '입출력 오류가 났습니다'],
  EDQUOT: ['the disk quota is used up', '디스크 할당량을 다 썼습니다'],
  EBADF: ['standard output is closed', '표준 출력이 닫혀 있습니다'],
};

function outputError(code: string): UserError {
  const [en, ko] = Object.hasOwn(REASONS, code) ? REASONS[code]! : [code, code];
  return new UserError(`cannot write the output: ${en} (${code})`, 1, 'Free some space or write the output somewhere else.', {
    message: `출력을 쓸 수 없습니다: ${ko} (${code})`,
    hint: '공간을 확보하거나 출력을 다른 곳으로 보내세요.',
  });
}

/**
 * With DEBUG=mlops-study, says when the guard had to escape something: a
 * renderer printed text from a file without passing it through
 * src/util/untrusted.ts (the hostile-input tests look for this line).
 */
function reportEscaped(raw: string): void {
  const debug = (process.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'mlops-study' || d.trim() === '*');
  if (!debug) return;
  for (const line of raw.split('\n').filter((l) => terminalOutput(l) !== l).slice(0, 10)) {
    try {
      writeSync(2, `mlops-study: debug: output guard escaped unsanitised text: ${jsonText(line.slice(0, 200), 0)}\n`);
    } catch {
      // debugging aid only
    }
  }
}

export function print(text: string): void {
  write(1, text);
}

export function printError(text: string): void {
  write(2, text);
}

/** Exactly `text`, no newline added (commander's help and errors). */
export function printRaw(text: string): void {
  writeRaw(1, text);
}

export function printErrorRaw(text: string): void {
  writeRaw(2, text);
}

/** JSON on stdout: control and bidi characters written as \u escapes. */
export function printJson(value: unknown): void {
  print(jsonText(value));
}
