/**
 * A suggested command: the sentence and the command kept apart, so the
 * terminal prints the command the way this run was started (whole, never
 * split by wrapping) and `--json` gives it as its own field.
 */
import { commandLine, CANONICAL, type CommandWord } from '../util/invocation.js';

export interface Suggestion {
  text: string;
  /** The arguments after the program name, e.g. ['show', 'mlops-what-why']. */
  command: string[];
}

/** "text: command", the command as this run types it (ctx.cmd). */
export function suggestionLine(s: Suggestion, cmd: (...args: string[]) => string): string {
  return `${s.text}: ${cmd(...s.command)}`;
}

/** For files other people read (Markdown): the command as `mlops-study …`. */
export function canonicalCommand(args: readonly CommandWord[]): string {
  return commandLine(CANONICAL, args);
}
