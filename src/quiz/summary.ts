/** Quiz statistics for `status`: seen, accuracy overall and per week, due, recent scores. */
import type { CurriculumIndex, QuestionRef } from '../curriculum/types.js';
import { own, type AnswerTally, type CourseProgress } from '../progress/types.js';
import { cardOf, dueQuestionIds } from './due.js';

export interface QuizSummary {
  seen: number;
  answered: number;
  /** Share of correct answers (overrides included), 0..1, or null before the first answer. */
  accuracy: number | null;
  /** Answers graded wrong that the learner overrode as right ("I was right (typo)"); counted in accuracy. */
  overrides: number;
  due: number;
  weeks: { week: number; questions: number; seen: number; answered: number; accuracy: number | null }[];
  /** Last ten quiz sessions' scores as fractions 0..1, oldest first. */
  recentScores: number[];
}

/** Answer counts of a question, under its ID and its old ones. */
function tallies(question: Pick<QuestionRef, 'id' | 'aliases'>, course: CourseProgress): AnswerTally[] {
  return [question.id, ...question.aliases].map((id) => own(course.answers, id)).filter((t): t is AnswerTally => t !== undefined);
}

const ratio = (correct: number, total: number) => (total ? Math.round((correct / total) * 1000) / 1000 : null);

export function quizSummary(curriculum: CurriculumIndex, course: CourseProgress, now: Date, currentWeek: number): QuizSummary {
  let overrides = 0;
  const weeks = curriculum.weeks.map((w) => {
    const questions = curriculum.questions.filter((q) => q.week === w.number);
    let answered = 0;
    let correct = 0;
    for (const t of questions.flatMap((q) => tallies(q, course))) {
      answered += t.answered;
      correct += t.correct;
      overrides += t.overrides;
    }
    return { week: w.number, questions: questions.length, seen: questions.filter((q) => cardOf(q, course)).length, answered, correct };
  });
  const answered = weeks.reduce((n, w) => n + w.answered, 0);
  const correct = weeks.reduce((n, w) => n + w.correct, 0);
  return {
    seen: weeks.reduce((n, w) => n + w.seen, 0),
    answered,
    accuracy: ratio(correct, answered),
    overrides,
    due: dueQuestionIds(curriculum, course, now, currentWeek).length,
    weeks: weeks.map(({ correct: c, ...w }) => ({ ...w, accuracy: ratio(c, w.answered) })),
    recentScores: course.sessions.slice(-10).map((s) => (s.total ? Math.round((s.score / s.total) * 100) / 100 : 0)),
  };
}
