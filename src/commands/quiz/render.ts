/** Renders quiz feedback after each answer and the summary at the end. */
import type { Context } from '../../context.js';
import type { Question } from '../../curriculum/types.js';
import { renderInline } from '../../ui/markdown.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { Feedback, QuizSummary } from './index.js';

type RenderContext = Pick<Context, 'style' | 'columns' | 'm' | 'lang' | 'now' | 'cmd'>;

export function renderQuestionHeader(index: number, total: number, question: Question, ctx: RenderContext): string {
  return `\n${ctx.style.c.dim(ctx.m.quizProgress(index, total, question.week))}`;
}

export function renderFeedback(f: Feedback, ctx: RenderContext): string {
  const { style, columns: cols, m } = ctx;
  const { c } = style;
  const out = [f.correct ? c.green.bold(`${style.tick} ${m.quizRight}`) : c.red.bold(`${style.cross} ${m.quizWrong}`)];
  if (!f.correct) {
    out.push(...wrap(c.bold(`${m.quizAnswer}:`), cols, '  '));
    for (const line of f.answer) out.push(...wrap(renderInline(sanitize(line), style), cols, '    '));
  }
  out.push(...wrap(`${c.bold(`${m.quizWhy}:`)} ${renderInline(sanitize(f.explanation), style)}`, cols, '  ', '  '));
  out.push(...wrap(c.dim(`${m.quizRevisit}: ${sanitize(f.topic.title)} ${style.arrow} ${ctx.cmd('show', f.topic.id)}`), cols, '  ', '    '));
  if (f.source) out.push(...wrap(c.dim(`${m.quizSource}: ${sanitize(f.source)}`), cols, '  ', '    '));
  return out.join('\n');
}

/** "today" / "tomorrow"-free: the local date, plus "(today)" when it is. */
export function formatDue(iso: string, ctx: Pick<Context, 'm' | 'now'>): string {
  const due = new Date(iso);
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return due <= ctx.now || day(due) === day(ctx.now) ? `${day(due)} (${ctx.m.quizDueToday})` : day(due);
}

export function renderSummary(s: QuizSummary, ctx: RenderContext): string {
  const { style, columns: cols, m } = ctx;
  const { c } = style;
  if (s.asked === 0) {
    return [s.nextDue ? m.quizNoneDueNext(formatDue(s.nextDue, ctx)) : m.quizNoneDue, c.dim(m.quizTryAll(ctx.cmd('quiz', '--all'), ctx.cmd('quiz', '--week', { placeholder: 'N' })))].flatMap((l) => wrap(l, cols)).join('\n');
  }
  const out = ['', c.bold(m.quizScore(s.score, s.asked)) + c.dim(` · ${m.quizTime(Math.round(s.durationMs / 1000))}`)];
  if (s.missed.length) {
    out.push(c.bold(m.quizMissed));
    for (const t of s.missed) out.push(...wrap(`${sanitize(t.title)} ${c.dim(ctx.cmd('show', t.id))}`, cols, `  ${style.bullet} `));
  }
  if (s.nextDue) out.push(...wrap(m.quizNextReview(formatDue(s.nextDue, ctx)), cols));
  return out.join('\n');
}
