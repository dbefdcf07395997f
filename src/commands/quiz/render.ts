/** Renders quiz feedback after each answer and the summary at the end. */
import type { Context } from '../../context.js';
import { withCommand } from '../../ui/blocks.js';
import { renderInline } from '../../ui/markdown.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { Feedback, QuestionHeader, QuizSummary } from './index.js';

type RenderContext = Pick<Context, 'style' | 'columns' | 'm' | 'lang' | 'now' | 'cmd'>;

/** "Question 2/5 · week 1 · review · last seen 3 days ago", or a re-ask's own line. */
export function renderQuestionHeader(h: QuestionHeader, ctx: RenderContext): string {
  const { m, style } = ctx;
  const { c } = style;
  if (h.label.kind === 'again') return `\n${c.yellow(`↻ ${m.quizAgainProgress(h.question.week)}`)}`;
  const tag = h.label.kind === 'new' ? c.cyan(m.quizNew) : c.dim(h.label.days === undefined ? m.quizReview : m.quizReviewAgo(h.label.days));
  return `\n${c.dim(`${m.quizProgress(h.number, h.total, h.question.week)} ·`)} ${tag}`;
}

export function renderFeedback(f: Feedback, ctx: RenderContext): string {
  const { style, columns: cols, m } = ctx;
  const { c } = style;
  const verdict = f.correct ? c.green.bold(`${style.tick} ${m.quizRight}`) : f.skipped ? c.yellow.bold(`${style.cross} ${m.quizSkipped}`) : c.red.bold(`${style.cross} ${m.quizWrong}`);
  const out = [verdict];
  if (f.pairs && !f.correct) {
    // Which pairs were right: the learner sees what to fix, not only that something was wrong.
    out.push(...wrap(c.bold(`${m.quizYourPairs}:`), cols, '  '));
    for (const p of f.pairs) out.push(...wrap(`${renderInline(sanitize(p.left), style)} → ${renderInline(sanitize(p.given), style)}`, cols, `    ${p.right ? c.green(style.tick) : c.red(style.cross)} `, '      '));
  }
  if (!f.correct) {
    out.push(...wrap(c.bold(`${m.quizAnswer}:`), cols, '  '));
    for (const line of f.answer) out.push(...wrap(renderInline(sanitize(line), style), cols, '    '));
  }
  out.push(...wrap(`${c.bold(`${m.quizWhy}:`)} ${renderInline(sanitize(f.explanation), style)}`, cols, '  ', '  '));
  out.push(...withCommand(c.dim(`${m.quizRevisit}: ${sanitize(f.topic.title)} ${style.arrow}`), c.dim(ctx.cmd('show', f.topic.id)), cols, '  ', '    '));
  if (f.source) out.push(...wrap(c.dim(`${m.quizSource}: ${sanitize(f.source)}`), cols, '  ', '    '));
  if (f.comesBack) out.push(...wrap(c.yellow(m.quizComesBack), cols, '  '));
  return out.join('\n');
}

/** After the follow-up of a short answer graded wrong. */
export function renderNote(kind: 'overridden' | 'comes-back', ctx: RenderContext): string {
  const { style, columns: cols, m } = ctx;
  return kind === 'overridden' ? wrap(style.c.green(`${style.tick} ${m.quizOverridden}`), cols).join('\n') : wrap(style.c.yellow(m.quizComesBack), cols, '  ').join('\n');
}

/** Ctrl+C: what was kept (before any answer, that nothing was: "0 answers saved · 0/0" reads like a failure). */
export function renderInterrupted(s: QuizSummary, ctx: RenderContext): string {
  const text = s.asked ? ctx.m.quizInterrupted(s.asked, s.score, s.asked) : ctx.m.quizInterruptedNone;
  return ['', ...wrap(ctx.style.c.bold(text), ctx.columns)].join('\n');
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
  const extras = [...(s.overrides ? [m.quizOverridesNote(s.overrides)] : []), m.quizTime(Math.round(s.durationMs / 1000))];
  const out = ['', c.bold(m.quizScore(s.score, s.asked)) + c.dim(` · ${extras.join(' · ')}`)];
  if (s.relearned) out.push(...wrap(c.dim(m.quizRelearned(s.relearned)), cols));
  if (s.missed.length) {
    out.push(c.bold(m.quizMissed));
    for (const t of s.missed) out.push(...withCommand(sanitize(t.title), c.dim(ctx.cmd('show', t.id)), cols, `  ${style.bullet} `));
  }
  if (s.nextDue) out.push(...wrap(m.quizNextReview(formatDue(s.nextDue, ctx)), cols));
  return out.join('\n');
}
