/**
 * Error messages for stderr. In a terminal they are wrapped by display width
 * (Hangul takes two columns), a command never split (it moves to a line of
 * its own, whole, even when longer than the terminal); elsewhere (a log, a
 * pipe) every message stays one line, for grep.
 */
import { isTerminal } from '../util/terminal.js';
import { wrap } from './text.js';

export function errorLines(text: string, columns: number | undefined): string {
  if (!isTerminal(2)) return text;
  const width = columns ?? process.stderr.columns;
  if (!width) return text;
  return text
    .split('\n')
    .flatMap((line) => wrap(line, width, '', '  '))
    .join('\n');
}
