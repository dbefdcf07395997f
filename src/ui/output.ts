/**
 * Writing to stdout/stderr with fs.writeSync: no stream objects (for a pipe,
 * process.stdout would load net and the stream machinery on every start).
 * A closed pipe (`| head -1`) ends output quietly.
 */
import { writeSync } from 'node:fs';
import { unglue } from './text.js';

let pipeClosed = false;

function write(fd: 1 | 2, text: string): void {
  writeRaw(fd, text.endsWith('\n') ? text : `${text}\n`);
}

function writeRaw(fd: 1 | 2, text: string): void {
  if (fd === 1 && pipeClosed) return;
  // Commands glued to stay on one line are ordinary spaces on the screen (see GLUE in text.ts).
  let buffer = Buffer.from(unglue(text));
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
      throw error;
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

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}
