/** Quiz statistics for `status`: seen, accuracy overall and per week, due, recent scores. */
import type { CurriculumIndex } from '../curriculum/types.js';
import type { CourseProgress } from '../progress/types.js';
import { dueQuestionIds } from './due.js';

export interface QuizSummary {
  seen: number;
  answered: number;
  /** Share of correct answers, 0..1, or null before the first answer. */
  accuracy: number | null;
  due: number;
  weeks: { week: number; questions: number; seen: number; answered: number; accuracy: number | null }[];
  /** Last ten quiz sessions' scores as fractions 0..1, oldest first. */
  recentScores: number[];
}

export function quizSummary(curriculum: CurriculumIndex, course: CourseProgress, now: Date, currentWeek: number): QuizSummary {
  const weekOf = new Map<string, number>();
  for (const q of curriculum.questions) {
    weekOf.set(q.id, q.week);
    for (const a of q.aliases) weekOf.set(a, q.week);
  }
  const ratio = (correct: number, total: number) => (total ? Math.round((correct / total) * 1000) / 1000 : null);
  const weeks = curriculum.weeks.map((w) => {
    const reviews = course.reviews.filter((r) => weekOf.get(r.question) === w.number);
    const ids = curriculum.questions.filter((q) => q.week === w.number);
    return {
      week: w.number,
      questions: ids.length,
      seen: ids.filter((q) => course.cards[q.id] || q.aliases.some((a) => course.cards[a])).length,
      answered: reviews.length,
      accuracy: ratio(reviews.filter((r) => r.correct).length, reviews.length),
    };
  });
  const correct = course.reviews.filter((r) => r.correct).length;
  return {
    seen: weeks.reduce((n, w) => n + w.seen, 0),
    answered: course.reviews.length,
    accuracy: ratio(correct, course.reviews.length),
    due: dueQuestionIds(curriculum, course, now, currentWeek).length,
    weeks,
    recentScores: course.sessions.slice(-10).map((s) => (s.total ? Math.round((s.score / s.total) * 100) / 100 : 0)),
  };
}
