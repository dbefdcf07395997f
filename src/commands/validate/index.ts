/** `mlops-study validate [DIR]`: every problem of a curriculum directory, located. */
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { displayPath } from '../../curriculum/files.js';
import type { Curriculum, QuestionType } from '../../curriculum/types.js';
import { CurriculumError, UserError, type CurriculumProblem } from '../../errors.js';
import { messages } from '../../i18n/messages.js';

export interface ValidateView {
  dir: string;
  /** The problems with their Korean text where they have one (the JSON has the English). */
  problems: CurriculumProblem[];
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
    errors: CurriculumProblem[];
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
    if (error instanceof CurriculumError) return { dir: shown, problems: error.problems, json: { ok: false, counts: counts(undefined), errors: error.problems.map(({ ko: _ko, ...p }) => p) } };
    if (error instanceof UserError) {
      // The terminal shows the run's language; the JSON keeps English.
      const ko = error.text ? error.text(messages('ko'), ctx.cmd).message : error.ko?.message;
      const problem = { file: shown, line: 1, column: 1, message: error.message, ...(ko ? { ko } : {}) };
      return { dir: shown, problems: [problem], json: { ok: false, counts: counts(undefined), errors: [{ file: shown, line: 1, column: 1, message: error.message }] } };
    }
    throw error;
  }
}
