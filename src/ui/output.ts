/**
 * Writing to stdout/stderr with fs.writeSync: no stream objects (for a pipe,
 * process.stdout would load net and the stream machinery on every start).
 * A closed pipe (`| head -1`) ends output quietly; any other failure to write
 * (a full disk behind `> file`, /dev/full) is the learner's condition, not a bug.
 * Everything written passes the untrusted-text guard (src/util/untrusted.ts).
 */
import { writeSync } from 'node:fs';
import { UserError, withText } from '../errors.js';
import { jsonText, terminalOutput } from '../util/untrusted.js';
import { unglue } from './text.js';

let pipeClosed = false;
let stdoutFailed = false;

function write(fd: 1 | 2, text: string): void {
  writeRaw(fd, text.endsWith('\n') ? text : `${text}\n`);
}

function writeRaw(fd: 1 | 2, glued: string): void {
  if (fd === 1 && (pipeClosed || stdoutFailed)) return;
  // Commands glued to stay on one line are ordinary spaces on the screen (see GLUE in text.ts).
  const raw = unglue(glued);
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

function outputError(code: string): UserError {
  return withText((message, hint) => new UserError(message, 1, hint), (m) => ({ message: m.errOutput(m.outputReasons[code] ?? code, code), hint: m.hintOutput }));
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
