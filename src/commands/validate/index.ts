/** `mlops-study validate [DIR]`: every problem of a curriculum directory, located. */
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { displayPath } from '../../curriculum/files.js';
import type { Curriculum, QuestionType } from '../../curriculum/types.js';
import { CurriculumError, errorText, problemMessage, UserError, type CurriculumProblem } from '../../errors.js';
import type { IssueCode } from '../../curriculum/issues.js';
import { messages } from '../../i18n/messages.js';

/** A located problem and what is wrong, in words. */
export interface ShownProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ValidateView {
  dir: string;
  /** The problems in the run's language (the JSON has them in English, with their codes). */
  problems: ShownProblem[];
  json: {
    ok: boolean;
    counts: {
      weeks: number;
      topics: number;
      items: number;
      questions: number;
      tools: number;
      resources: number;
      /** The course's own reading list (the rest are the tools' documentation pages). */
      courseResources: number;
      questionTypes: Partial<Record<QuestionType, number>>;
    };
    errors: (ShownProblem & { code: IssueCode | 'error' })[];
  };
}

export function counts(curriculum: Curriculum | undefined): ValidateView['json']['counts'] {
  const questionTypes: Partial<Record<QuestionType, number>> = {};
  for (const q of curriculum?.questions ?? []) questionTypes[q.type] = (questionTypes[q.type] ?? 0) + 1;
  const weeks = curriculum?.weeks ?? [];
  return {
    weeks: weeks.length,
    // Appendix units are not weeks, but their topics and items are part of the course.
    topics: [...weeks, ...(curriculum?.appendix ?? [])].reduce((n, w) => n + w.topics.length, 0),
    items: [...weeks, ...(curriculum?.appendix ?? [])].reduce((n, w) => n + w.items.length, 0),
    questions: curriculum?.questions.length ?? 0,
    tools: curriculum?.tools.length ?? 0,
    resources: curriculum?.resources.length ?? 0,
    courseResources: curriculum?.resources.filter((r) => r.origin === 'course').length ?? 0,
    questionTypes,
  };
}

export async function validate(ctx: Context, dirArgument?: string): Promise<ValidateView> {
  // yaml and zod load only here (and when the curriculum cache is rebuilt).
  const { loadCurriculum } = await import('../../curriculum/loader.js');
  const dir = resolve(ctx.cwd, dirArgument ?? ctx.curriculumDir);
  const shown = displayPath(dir, ctx.cwd);
  try {
    const curriculum = loadCurriculum(dir);
    return { dir: shown, problems: [], json: { ok: true, counts: counts(curriculum), errors: [] } };
  } catch (error) {
    // The terminal shows the run's language; the JSON keeps English, and says which problem it is by code.
    const located = (p: CurriculumProblem, m = ctx.m) => ({ file: p.file, line: p.line, column: p.column, message: problemMessage(p, m) });
    if (error instanceof CurriculumError) {
      return { dir: shown, problems: error.problems.map((p) => located(p)), json: { ok: false, counts: counts(undefined), errors: error.problems.map((p) => ({ ...located(p, messages('en')), code: p.issue.code })) } };
    }
    if (error instanceof UserError) {
      const at = { file: shown, line: 1, column: 1 };
      const english = errorText(error, messages('en'), ctx.cmd).message;
      return { dir: shown, problems: [{ ...at, message: errorText(error, ctx.m, ctx.cmd).message }], json: { ok: false, counts: counts(undefined), errors: [{ ...at, message: english, code: 'error' }] } };
    }
    throw error;
  }
}
