/**
 * `mlops-study quiz`: a self-review session that teaches, Anki-style. Each
 * question's first answer is graded, explained, scheduled with FSRS and saved
 * (card, answer count, review log; locked and atomic) before the next one. A
 * missed question comes back later in the session until it is answered right:
 * those re-asks are relearning steps, neither scored nor scheduled. Ctrl+C
 * keeps every answer given and saves the session as interrupted.
 */
import type { Context } from '../../context.js';
import type { Question } from '../../curriculum/types.js';
import type { Grade } from 'ts-fsrs';
import { InterruptedError, UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { daysBetween, localDate } from '../../plan/dates.js';
import { adoptAliases, countAnswer, courseFor, recordActivity, setOwn } from '../../progress/mutations.js';
import { own, type CourseProgress } from '../../progress/types.js';
import { updateProgress } from '../../progress/store.js';
import { cardOf } from '../../quiz/due.js';
import { gradeAnswer } from '../../quiz/grade.js';
import { seededRandom } from '../../quiz/random.js';
import { nextDue, selectQuestions, type QuizMode } from '../../quiz/select.js';
import { SessionQueue, type Turn } from '../../quiz/session.js';
import { weekRange } from '../../plan/weeks.js';
import { requireTerminal } from '../../ui/prompts.js';
import { sanitize, wrap } from '../../ui/text.js';
import { deferInterrupts, interruptRequested } from '../../util/interrupt.js';
import { courseProgress, parseWeek, startSchedule } from '../shared.js';
import { answerText, askQuestion, DONT_KNOW, givenPairs, type Given } from './ask.js';

export interface QuizOptions {
  week?: string;
  all?: boolean;
  due?: boolean;
  count?: string;
  seed?: string;
  rate?: boolean;
}

export interface QuestionHeader {
  /** 1-based position among the session's questions; a re-ask keeps its question's. */
  number: number;
  total: number;
  question: Question;
  /** new, a review (days since the last one, when known), or a re-ask of a question missed in this session. */
  label: { kind: 'new' } | { kind: 'review'; days?: number } | { kind: 'again' };
}

export interface Feedback {
  index: number;
  total: number;
  question: Question;
  correct: boolean;
  /** Answered "don't know". */
  skipped: boolean;
  /** A re-ask (not scored, not scheduled). */
  again: boolean;
  /** Missed: it comes back later in this session. */
  comesBack: boolean;
  answer: string[];
  /** Matching questions: each pair the learner made, right or not. */
  pairs?: { left: string; given: string; right: boolean }[];
  explanation: string;
  topic: { id: string; title: string };
  source?: string;
}

export interface QuizSummary {
  /** Questions answered (first answers). */
  asked: number;
  /** Questions in the session. */
  total: number;
  score: number;
  durationMs: number;
  missed: { id: string; title: string }[];
  /** Missed questions answered right when asked again. */
  relearned: number;
  /** Answers counted right by "I was right (typo)". */
  overrides: number;
  /** Ended with Ctrl+C. */
  interrupted: boolean;
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
  /** Before each question (progress line and label). */
  question(header: QuestionHeader): void;
  /** After each answer. */
  feedback(feedback: Feedback): void;
  /** After a short answer's follow-up: it was overridden as right, or it comes back later. */
  note?(kind: 'overridden' | 'comes-back'): void;
  /** Ctrl+C: what was kept (then the quiz throws InterruptedError, exit 130). */
  interrupted?(summary: QuizSummary): void;
}

function label(question: Question, course: CourseProgress, today: string): QuestionHeader['label'] {
  const card = cardOf(question, course);
  if (!card) return { kind: 'new' };
  const last = typeof card.last_review === 'string' ? Date.parse(card.last_review) : Number.NaN;
  return Number.isNaN(last) ? { kind: 'review' } : { kind: 'review', days: Math.max(0, daysBetween(localDate(new Date(last)), today)) };
}

export async function quiz(ctx: Context, options: QuizOptions, hooks: QuizHooks): Promise<QuizSummary> {
  const { mode, count, seed } = parseOptions(options, ctx.m, ctx.cmd);
  const curriculum = await ctx.curriculum();
  const week = parseWeek(options.week, curriculum, ctx, 'quiz');
  requireTerminal(ctx.stdinIsTTY, ctx.m.errNotTerminal(ctx.m.whatQuiz), ctx.m.quizNotTTY(ctx.cmd('status')));
  const plan = await startSchedule(ctx, curriculum);
  const currentWeek = plan.position.week;
  const random = seededRandom(seed);
  const course = courseProgress(ctx, curriculum);
  const questions = selectQuestions(curriculum, course, { mode, ...(week ? { week } : {}), currentWeek, count, now: ctx.now, random });
  const topics = new Map(curriculum.weeks.flatMap((w) => w.topics).map((t) => [t.id, t]));
  const started = performance.now();
  const missed = new Map<string, string>();
  const queue = new SessionQueue(questions);
  let score = 0;
  let answered = 0;
  let overrides = 0;
  let interrupted = false;
  let last = course;

  /** Saves a first answer: the FSRS review, the answer count, the review log entry. */
  const saveAnswer = async (question: Question, result: { correct: boolean; skipped: boolean; override: boolean; chosen?: Grade }) => {
    const { reviewCard, ratingFor } = await import('../../quiz/schedule.js');
    const saved = await updateProgress(
      ctx.progressFile,
      (p, reviews) => {
        const c = courseFor(p, curriculum.id);
        adoptAliases(c, curriculum.questions, 'cards');
        const rating = ratingFor(result.correct, result.chosen);
        const { card, log } = reviewCard(own(c.cards, question.id), rating, ctx.now);
        const at = ctx.now.toISOString();
        const flags = { ...(result.override ? { override: true as const } : {}), ...(result.skipped ? { skipped: true as const } : {}) };
        setOwn(c.cards, question.id, card);
        countAnswer(c, question.id, { correct: result.correct, at, ...flags });
        reviews.push({ course: curriculum.id, question: question.id, at, correct: result.correct, rating, ...flags, log });
        recordActivity(c, ctx.today);
      },
      { now: ctx.now },
    );
    last = saved.progress.courses[curriculum.id]!;
    answered++;
    if (result.correct) score++;
    if (result.override) overrides++;
    if (!result.correct) missed.set(question.topic, topicTitle(question));
  };
  const topicTitle = (q: Question) => {
    const topic = topics.get(q.topic);
    return topic ? pick(topic.title, ctx.lang) : q.topic;
  };

  const stopDeferring = deferInterrupts();
  try {
    for (let turn: Turn<Question> | undefined; (turn = queue.next()); ) {
      if (interruptRequested()) throw new InterruptedError('interrupted');
      const { question } = turn;
      const first = turn.attempt === 0;
      hooks.question({ number: turn.number, total: queue.total, question, label: first ? label(question, course, ctx.today) : { kind: 'again' } });
      const given: Given = await askQuestion(ctx, question, random);
      const skipped = given === DONT_KNOW;
      let correct = !skipped && gradeAnswer(question, given);
      hooks.feedback({
        index: turn.number,
        total: queue.total,
        question,
        correct,
        skipped,
        again: !first,
        comesBack: !correct && !(question.type === 'short' && !skipped),
        answer: answerText(question, ctx.lang, ctx.m),
        ...(question.type === 'match' && !skipped ? { pairs: givenPairs(question, given as Record<string, string>, ctx.lang) } : {}),
        explanation: pick(question.explanation, ctx.lang),
        topic: { id: question.topic, title: topicTitle(question) },
        ...(question.source ? { source: question.source } : {}),
      });
      let override = false;
      let chosen: Grade | undefined;
      try {
        if (!correct && !skipped && question.type === 'short') override = await askOverride(ctx, String(given), question.accept[0]!);
        if (override) {
          correct = true;
          hooks.note?.('overridden');
        } else if (!correct && question.type === 'short' && !skipped) hooks.note?.('comes-back');
        else if (first && correct && options.rate) chosen = await askRating(ctx);
      } catch (error) {
        // Ctrl+C at a follow-up question: the answer stands as graded (a right one as Good).
        if (error instanceof InterruptedError && first) await saveAnswer(question, { correct, skipped, override: false });
        throw error;
      }
      if (first) await saveAnswer(question, { correct, skipped, override, ...(chosen ? { chosen } : {}) });
      queue.answered(turn, correct);
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    interrupted = true;
  } finally {
    stopDeferring();
  }

  const durationMs = Math.round(performance.now() - started);
  if (answered) {
    const saved = await updateProgress(ctx.progressFile, (p) => {
      courseFor(p, curriculum.id).sessions.push({ at: ctx.now.toISOString(), score, total: answered, durationMs, ...(interrupted ? { interrupted: true as const } : {}) });
    }, { now: ctx.now });
    last = saved.progress.courses[curriculum.id]!;
  }
  const due = nextDue(curriculum, last, currentWeek, (n) => new Date(`${weekRange(plan.startDate, n).startDate}T00:00:00`));
  const summary: QuizSummary = {
    asked: answered,
    total: questions.length,
    score,
    durationMs,
    missed: [...missed].map(([id, title]) => ({ id, title })),
    relearned: queue.relearned,
    overrides,
    interrupted,
    ...(due ? { nextDue: due } : {}),
  };
  if (interrupted) {
    hooks.interrupted?.(summary);
    throw new InterruptedError('interrupted');
  }
  return summary;
}

/** After a short answer graded wrong: "I was right (typo)", once, with confirmation. */
async function askOverride(ctx: Context, given: string, accepted: string): Promise<boolean> {
  const claim = await ctx.prompts.select<boolean>({
    message: ctx.m.quizTypoAsk,
    choices: [
      { value: false, name: ctx.m.quizContinue },
      { value: true, name: ctx.m.quizOverride },
    ],
  });
  if (!claim) return false;
  // Both texts are shown, never acted on: the typed answer and the curriculum's accepted one.
  return ctx.prompts.confirm({ message: wrap(ctx.m.quizOverrideConfirm(sanitize(given.trim()), sanitize(accepted)), ctx.columns - 3, '', '  ').join('\n'), default: false });
}

async function askRating(ctx: Context): Promise<Grade> {
  const { Rating } = await import('../../quiz/schedule.js');
  return ctx.prompts.select<Grade>({
    message: ctx.m.quizRate,
    default: Rating.Good,
    choices: [
      { value: Rating.Hard, name: ctx.m.quizHard },
      { value: Rating.Good, name: ctx.m.quizGood },
      { value: Rating.Easy, name: ctx.m.quizEasy },
    ],
  });
}
