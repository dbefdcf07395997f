/**
 * Typed errors. Everything a learner can cause is one of these; `src/index.ts`
 * prints `message` (and `hint`) once and exits with `exitCode`. Anything else
 * is a bug and is reported as such.
 */

import { messages, type Messages } from './i18n/messages.js';
import type { CurriculumIssue } from './curriculum/issues.js';
import { CANONICAL, commandLine, type CommandWord } from './util/invocation.js';

const KINDS = Symbol.for('mlops-study.error-kinds');

/**
 * The build puts the daily commands and the others in two bundles, each with
 * its own copy of this module, so an error thrown on one side must still be
 * `instanceof` its class on the other: the check compares kinds, not classes.
 */
abstract class KindedError extends Error {
  static readonly kind: string;
  readonly [KINDS]: string[];
  constructor(message?: string) {
    super(message);
    const kinds: string[] = [];
    for (let c = new.target as unknown as { kind?: string }; c && Object.hasOwn(c, 'kind'); c = Object.getPrototypeOf(c)) kinds.push(c.kind!);
    this[KINDS] = kinds;
  }

  static override [Symbol.hasInstance](this: { kind: string }, value: unknown): boolean {
    const kinds = (value as { [KINDS]?: unknown } | null)?.[KINDS];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/** The same message in Korean, for errors raised before the run's language is known (reading progress). */
export interface InKorean {
  message: string;
  hint?: string;
}

/** Formats a command the way this run was started (see Context.cmd). */
export type CommandFormatter = (...args: CommandWord[]) => string;

/**
 * An error's message and hint from the catalogue, written once the run's
 * language and the way it was started are known (src/index.ts). Errors raised
 * before that (reading progress, loading a curriculum) use it.
 */
export type ErrorText = (m: Messages, cmd: CommandFormatter) => { message: string; hint?: string };

/** A user error's message and hint in the run's language, commands as this run types them. */
export function errorText(error: UserError, m: Messages, cmd: CommandFormatter): { message: string; hint?: string } {
  if (error.text) return error.text(m, cmd);
  if (error.ko && m === messages('ko')) return error.ko;
  return { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
}

export class UserError extends KindedError {
  static override readonly kind: string = 'UserError';
  override name = 'UserError';
  /** The same message for the run's language and invocation (see ErrorText). */
  text?: ErrorText;
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly hint?: string,
    readonly ko?: InKorean,
  ) {
    super(message);
  }
}

/** A usage mistake: bad flag value, unknown id. Exit code 2. */
export class UsageError extends UserError {
  static override readonly kind: string = 'UsageError';
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

/** A located problem in a curriculum file: what is wrong is data (issues.ts), worded by the catalogue. */
export interface CurriculumProblem {
  file: string;
  line: number;
  column: number;
  issue: CurriculumIssue;
}

/** One or more located problems in a curriculum directory. */
export class CurriculumError extends UserError {
  static override readonly kind: string = 'CurriculumError';
  override name = 'CurriculumError';
  constructor(readonly problems: CurriculumProblem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'), 1);
    this.text = (m) => ({ message: problems.map((p) => formatProblem(p, m)).join('\n') });
  }
}

/** What is wrong, in the catalogue's words (English unless `m` says otherwise). */
export function problemMessage(p: Pick<CurriculumProblem, 'issue'>, m: Messages = messages('en')): string {
  return m.curriculumProblem(p.issue);
}

/** `file:line:col: message`, which editors and terminals link. */
export function formatProblem(p: CurriculumProblem, m: Messages = messages('en')): string {
  return `${p.file}:${p.line}:${p.column}: ${problemMessage(p, m)}`;
}

/** The progress file cannot be read or written safely. */
export class ProgressError extends UserError {
  static override readonly kind: string = 'ProgressError';
  override name = 'ProgressError';
  constructor(
    message: string,
    readonly file: string,
    hint?: string,
    ko?: InKorean,
  ) {
    super(message, 1, hint, ko);
  }
}

/** Ctrl+C in a prompt. Exit 130, quietly. */
export class InterruptedError extends KindedError {
  static override readonly kind: string = 'InterruptedError';
  override name = 'InterruptedError';
}

/**
 * An error whose words come from the catalogue: `make` builds it from the
 * English text (with commands as `mlops-study …`, for logs and tests), and the
 * error report writes it again in the run's language.
 */
export function withText<E extends UserError>(make: (message: string, hint?: string) => E, text: ErrorText): E {
  const en = text(messages('en'), (...args) => commandLine(CANONICAL, args));
  const error = make(en.message, en.hint);
  error.text = text;
  return error;
}
