/** Renders `status`: one aligned bar per week, the overall bar, streak, quiz and orphans. */
import type { Context } from '../../context.js';
import { bar, percent, type Style } from '../../ui/style.js';
import { padEnd, padStart, sanitize, truncate, width, wrap } from '../../ui/text.js';
import type { StatusView } from './index.js';
import { renderGuide } from './render-guide.js';

const SPARKS = '▁▂▃▄▅▆▇█';

export function sparkline(scores: number[], unicode = true): string {
  if (!unicode) return scores.map((s) => String(Math.round(s * 9))).join('');
  return scores.map((s) => SPARKS[Math.min(7, Math.max(0, Math.round(s * 7)))]).join('');
}

export function renderStatus(view: StatusView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'lang' | 'cmd'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const out: string[] = [];
  out.push(...wrap(`${c.bold(sanitize(view.courseTitle))} ${c.dim('·')} ${view.heading} ${c.dim(`(${view.startDate} ~)`)}`, columns));
  out.push('');
  const rows = [
    ...view.weeks.map((w) => ({ label: `${padStart(String(w.week), 2)} ${sanitize(w.label ? `${w.label}: ${w.title}` : w.title)}`, done: w.done, total: w.total, topicsRead: w.topicsRead, topicsTotal: w.topicsTotal, current: w.current })),
    // Appendix units with items, under the weeks: not numbered (not weeks), counted in the overall bar.
    ...view.appendix.filter((u) => u.total > 0).map((u) => ({ label: ` ${style.unicode ? '·' : '-'} ${sanitize(u.title)}`, done: u.done, total: u.total, topicsRead: 0, topicsTotal: 0, current: false })),
    { label: `   ${m.overall}`, ...view.overall, current: false },
  ];
  const count = (r: { done: number; total: number }) => `${r.done}/${r.total}`;
  const countWidth = Math.max(...rows.map((r) => width(count(r))));
  // Topics read beside items done: reading is most of a week's work.
  const readText = (r: (typeof rows)[number]) => (r.topicsTotal ? m.statusTopicsRead(r.topicsRead, r.topicsTotal) : '');
  const readWidth = Math.max(...rows.map((r) => width(readText(r))));
  const marker = (current: boolean) => (current ? c.cyan(style.unicode ? '▸' : '>') : ' ');
  const tail = (r: (typeof rows)[number]) =>
    `${padStart(count(r), countWidth)} ${padStart(percent(r.done, r.total), 4)}${readWidth ? `  ${c.dim(padEnd(readText(r), readWidth))}` : ''}${r.current ? ` ${c.cyan(m.current)}` : ''}`;
  const wide = columns >= 64;
  // Everything right of the bar: " 12/41 100%  read 3/5 this week".
  const tailWidth = 1 + countWidth + 1 + 4 + (readWidth ? 2 + readWidth : 0) + 1 + width(m.current);
  const barWidth = wide ? Math.max(6, Math.min(24, columns - 48 - (readWidth ? 2 + readWidth : 0))) : Math.max(6, Math.min(24, columns - 5 - tailWidth));
  const labelWidth = wide ? Math.min(Math.max(...rows.map((r) => width(r.label))), columns - 3 - barWidth - tailWidth) : 0;
  rows.forEach((r, i) => {
    if (i === rows.length - 1) out.push('');
    const label = r === rows.at(-1) ? c.bold(r.label) : r.label;
    if (wide) {
      out.push(`${marker(r.current)}${padEnd(truncate(label, labelWidth), labelWidth)}  ${bar(style, r.done, r.total, barWidth)} ${tail(r)}`);
    } else {
      out.push(`${marker(r.current)}${truncate(label, columns - 2)}`);
      out.push(`     ${bar(style, r.done, r.total, barWidth)} ${tail(r)}`);
    }
  });
  if (view.guide) out.push('', ...renderGuide(view.guide, ctx, view.weekCount));
  out.push('');
  const activity = view.streak.lastActive ? m.lastActive(view.streak.lastActive) : m.noActivity;
  out.push(...wrap(`${m.streak(view.streak.days)} ${c.dim('·')} ${activity}`, columns));
  out.push(...quizLines(view, style, m, columns, ctx.cmd));
  // Every note and piece of evidence, ticked or not: unticking keeps them, so they are shown either way.
  const annotated = [...view.weeks, ...view.appendix].flatMap((w) => w.items.filter((i) => i.evidence.length || i.note));
  if (annotated.length) {
    out.push('', c.bold(annotated.some((i) => i.note) ? m.notesAndEvidence : m.evidence));
    for (const item of annotated) {
      const mark = item.done ? c.green(style.tick) : c.yellow(style.unicode ? '○' : 'o');
      out.push(...wrap(`${c.dim(item.id)} ${sanitize(item.text)}`, columns, `  ${mark} `, '    '));
      // A note may have several lines (two notes merged through aliases): each keeps the indent.
      if (item.note) sanitize(item.note).split('\n').forEach((line, i) => out.push(...wrap(i ? line : `✎ ${line}`, columns, i ? '        ' : '      ', '        ')));
      for (const e of item.evidence) out.push(...wrap(c.dim(`${style.arrow} ${sanitize(e)}`), columns, '      ', '        '));
    }
  }
  if (view.orphans.length) {
    out.push('', ...wrap(c.yellow(m.orphaned(view.orphans.length)), columns));
    for (const o of view.orphans) out.push(...wrap(`${o.id}${o.doneAt ? ` ${c.dim(o.doneAt.slice(0, 10))}` : ''}`, columns, `  ${style.bullet} `));
  }
  return out.map((line) => line.trimEnd()).join('\n');
}

function quizLines(view: StatusView, style: Style, m: Context['m'], columns: number, cmd: Context['cmd']): string[] {
  const q = view.quiz;
  if (q.answered === 0) return wrap(style.c.dim(m.quizNone(cmd('quiz'))), columns);
  const accuracy = q.accuracy === null ? '–' : `${Math.round(q.accuracy * 100)}%`;
  // Answers the learner overrode as typos count as right; say how many, so the figure stays honest.
  const lines = wrap(`${m.quizLine(q.seen, accuracy, q.due)}${q.overrides ? ` · ${m.quizOverridesNote(q.overrides)}` : ''}`, columns);
  // Accuracy per week answered so far: which week to review.
  const weeks = q.weeks.filter((w) => w.answered > 0).map((w) => `${m.quizWeekShort(w.week)} ${w.accuracy === null ? '–' : `${Math.round(w.accuracy * 100)}%`}`);
  if (weeks.length) lines.push(...wrap(`${m.quizByWeek} ${weeks.join(' · ')}`, columns));
  if (q.recentScores.length) lines.push(...wrap(`${m.quizRecent} ${style.c.cyan(sparkline(q.recentScores, style.unicode))}`, columns));
  return lines;
}
