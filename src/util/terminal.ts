/**
 * Is this file descriptor a terminal? Like tty.isatty, but decided from fstat
 * first: loading node:tty pulls in net and the stream modules, and a read-only
 * command that prints to a pipe or a file should not pay for that.
 */
import { fstatSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

let devNull: number | undefined;

export function isTerminal(fd: number): boolean {
  if (process.platform === 'win32') return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false; // a pipe or a file
    devNull ??= statSync('/dev/null').rdev;
    if (stat.rdev === devNull) return false;
  } catch {
    return false;
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}
