/**
 * Typed errors. Everything a learner can cause is one of these; `src/index.ts`
 * prints `message` (and `hint`) once and exits with `exitCode`. Anything else
 * is a bug and is reported as such.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A usage mistake: bad flag value, unknown id. Exit code 2. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

export interface CurriculumProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** One or more located problems in a curriculum directory. */
export class CurriculumError extends UserError {
  override name = 'CurriculumError';
  constructor(
    readonly problems: CurriculumProblem[],
    hint?: string,
  ) {
    super(problems.map(formatProblem).join('\n'), 1, hint);
  }
}

export function formatProblem(p: CurriculumProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** The progress file cannot be read or written safely. */
export class ProgressError extends UserError {
  override name = 'ProgressError';
  constructor(
    message: string,
    readonly file: string,
    hint?: string,
  ) {
    super(message, 1, hint);
  }
}

/** Ctrl+C in a prompt. Exit 130, quietly. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}
