/**
 * `mlops-study quiz`: a self-review session. Each answer is graded, explained
 * and saved (card + review log, locked and atomic) before the next question,
 * so Ctrl+C loses nothing that was answered.
 */
import type { Context } from '../../context.js';
import type { Question } from '../../curriculum/types.js';
import type { Grade } from 'ts-fsrs';
import { InterruptedError, UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { adoptAliases, countAnswer, courseFor, recordActivity, setOwn } from '../../progress/mutations.js';
import { own } from '../../progress/types.js';
import { updateProgress } from '../../progress/store.js';
import { gradeAnswer } from '../../quiz/grade.js';
import { seededRandom } from '../../quiz/random.js';
import { nextDue, selectQuestions, type QuizMode } from '../../quiz/select.js';
import { weekRange } from '../../plan/weeks.js';
import { requireTerminal } from '../../ui/prompts.js';
import { courseProgress, parseWeek, schedule } from '../shared.js';
import { answerText, askQuestion } from './ask.js';

export interface QuizOptions {
  week?: string;
  all?: boolean;
  due?: boolean;
  count?: string;
  seed?: string;
  rate?: boolean;
}

export interface Feedback {
  index: number;
  total: number;
  question: Question;
  correct: boolean;
  answer: string[];
  explanation: string;
  topic: { id: string; title: string };
  source?: string;
}

export interface QuizSummary {
  asked: number;
  score: number;
  durationMs: number;
  missed: { id: string; title: string }[];
  nextDue?: string;
}

export function parseOptions(options: QuizOptions, m: Context['m'], cmd: Context['cmd']): { mode: QuizMode; count: number; seed: number } {
  const modes = [options.week !== undefined, options.all, options.due].filter(Boolean).length;
  if (modes > 1) throw new UsageError(m.errQuizModes, m.hintQuizModes(cmd('quiz', '--due')));
  const count = options.count === undefined ? 5 : Number(options.count);
  if (!Number.isInteger(count) || count < 1 || count > 500) throw new UsageError(m.errCount(String(options.count)));
  const seed = options.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(options.seed);
  if (!Number.isInteger(seed)) throw new UsageError(m.errSeed(String(options.seed)));
  const mode: QuizMode = options.week !== undefined ? 'week' : options.all ? 'all' : options.due ? 'due' : 'default';
  return { mode, count, seed };
}

export interface QuizHooks {
  /** Before each question (progress line). */
  question(index: number, total: number, question: Question): void;
  /** After each answer, once it is saved. */
  feedback(feedback: Feedback): void;
}

export async function quiz(ctx: Context, options: QuizOptions, hooks: QuizHooks): Promise<QuizSummary> {
  const { mode, count, seed } = parseOptions(options, ctx.m, ctx.cmd);
  const curriculum = await ctx.curriculum();
  const week = parseWeek(options.week, curriculum, ctx, 'quiz');
  requireTerminal(ctx.stdinIsTTY, ctx.m.errNotTerminal(ctx.m.whatQuiz), ctx.m.quizNotTTY(ctx.cmd('status')));
  const plan = schedule(ctx, curriculum);
  const currentWeek = plan.position.week;
  const random = seededRandom(seed);
  const course = courseProgress(ctx, curriculum);
  const questions = selectQuestions(curriculum, course, { mode, ...(week ? { week } : {}), currentWeek, count, now: ctx.now, random });
  const topics = new Map(curriculum.weeks.flatMap((w) => w.topics).map((t) => [t.id, t]));
  const started = performance.now();
  const missed = new Map<string, string>();
  let score = 0;
  let last = course;

  for (const [i, question] of questions.entries()) {
    hooks.question(i + 1, questions.length, question);
    const answer = await askQuestion(ctx, question, random);
    const correct = gradeAnswer(question, answer);
    const { Rating, reviewCard, ratingFor } = await import('../../quiz/schedule.js');
    const save = (chosen?: Grade) =>
      updateProgress(
        ctx.progressFile,
        (p, reviews) => {
          const c = courseFor(p, curriculum.id);
          adoptAliases(c, curriculum.questions, 'cards');
          const rating = ratingFor(correct, chosen);
          const { card, log } = reviewCard(own(c.cards, question.id), rating, ctx.now);
          const at = ctx.now.toISOString();
          setOwn(c.cards, question.id, card);
          countAnswer(c, question.id, { correct, at });
          reviews.push({ course: curriculum.id, question: question.id, at, correct, rating, log });
          recordActivity(c, ctx.today);
        },
        { now: ctx.now },
      );
    let chosen: Grade | undefined;
    try {
      chosen = correct && options.rate ? await askRating(ctx, Rating) : undefined;
    } catch (error) {
      // Ctrl+C at "how hard was it?": the answer was right, so keep it (as Good) before leaving.
      if (error instanceof InterruptedError) await save();
      throw error;
    }
    const saved = await save(chosen);
    last = saved.progress.courses[curriculum.id]!;
    if (correct) score++;
    const topic = topics.get(question.topic);
    const topicTitle = topic ? pick(topic.title, ctx.lang) : question.topic;
    if (!correct) missed.set(question.topic, topicTitle);
    hooks.feedback({
      index: i + 1,
      total: questions.length,
      question,
      correct,
      answer: answerText(question, ctx.lang, ctx.m),
      explanation: pick(question.explanation, ctx.lang),
      topic: { id: question.topic, title: topicTitle },
      ...(question.source ? { source: question.source } : {}),
    });
  }
  const durationMs = Math.round(performance.now() - started);
  if (questions.length) {
    const saved = await updateProgress(ctx.progressFile, (p) => {
      courseFor(p, curriculum.id).sessions.push({ at: ctx.now.toISOString(), score, total: questions.length, durationMs });
    }, { now: ctx.now });
    last = saved.progress.courses[curriculum.id]!;
  }
  const due = nextDue(curriculum, last, currentWeek, (n) => new Date(`${weekRange(plan.startDate, n).startDate}T00:00:00`));
  return { asked: questions.length, score, durationMs, missed: [...missed].map(([id, title]) => ({ id, title })), ...(due ? { nextDue: due } : {}) };
}

async function askRating(ctx: Context, Rating: typeof import('ts-fsrs').Rating) {
  return ctx.prompts.select({
    message: ctx.m.quizRate,
    default: Rating.Good,
    choices: [
      { value: Rating.Hard, name: ctx.m.quizHard },
      { value: Rating.Good, name: ctx.m.quizGood },
      { value: Rating.Easy, name: ctx.m.quizEasy },
    ],
  }) as Promise<typeof Rating.Hard | typeof Rating.Good | typeof Rating.Easy>;
}
