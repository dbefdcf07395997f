/**
 * Error messages for stderr. In a terminal, a line that holds a command is
 * wrapped so that the command is never split (it moves to a line of its own,
 * whole, even when longer than the terminal); elsewhere (a log, a pipe) every
 * message stays one line, for grep.
 */
import { isTerminal } from '../util/terminal.js';
import { GLUE, wrap } from './text.js';

export function errorLines(text: string, columns: number | undefined): string {
  if (!isTerminal(2)) return text;
  const width = columns ?? process.stderr.columns;
  if (!width) return text;
  return text
    .split('\n')
    .flatMap((line) => (line.includes(GLUE) ? wrap(line, width, '', '  ') : [line]))
    .join('\n');
}
