/** Renders what `check` changed and the new progress of the weeks it touched. */
import type { Context } from '../../context.js';
import { bar, percent } from '../../ui/style.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { CheckView } from './index.js';

export function renderCheck(view: CheckView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  if (view.declined) return m.checkFutureDeclined;
  if (view.changes.length === 0) return m.nothingChanged;
  const out: string[] = [];
  for (const change of view.changes) {
    const [mark, label] =
      change.change === 'done'
        ? [c.green(style.tick), m.marked]
        : change.change === 'undone'
          ? [c.yellow('↺'), m.unmarked]
          : change.change === 'noted'
            ? [c.cyan('✎'), m.noted]
            : change.change === 'edited'
              ? [c.cyan('✎'), m.edited]
              : [c.dim('·'), change.done ? m.alreadyDone : m.notDone];
    out.push(...wrap(`${c.dim(change.id)} ${sanitize(change.text)} ${c.dim(`(${label})`)}`, columns, `${mark} `, '  '));
    const removed = change.removed;
    if (removed?.note !== undefined) out.push(...wrap(c.yellow(m.noteRemoved(sanitize(removed.note))), columns, '    ', '      '));
    for (const e of removed?.evidence ?? []) out.push(...wrap(c.yellow(m.evidenceRemoved(sanitize(e))), columns, '    ', '      '));
    if (removed && removed.note === undefined && !removed.evidence.length) out.push(...wrap(c.dim(m.noNoteToRemove), columns, '    ', '      '));
    if (change.change === 'undone') {
      // Unticking keeps what the learner typed: say so, and how to remove it on purpose.
      const kept = [...(change.note !== undefined ? [m.keptNote] : []), ...(change.evidence.length ? [m.keptEvidence(change.evidence.length)] : [])];
      if (kept.length) out.push(...wrap(c.dim(m.keptOnUndo(kept.join(m.keptAnd))), columns, '    ', '      '));
    } else for (const e of change.evidence) out.push(...wrap(c.dim(`${style.arrow} ${sanitize(e)}`), columns, '    ', '      '));
  }
  if (view.changes.every((ch) => ch.change === 'unchanged')) out.push(c.dim(m.nothingChanged));
  out.push('');
  for (const w of view.weeks) {
    out.push(`${m.weekProgress(w.week, w.done, w.total)}  ${bar(style, w.done, w.total, Math.min(20, Math.max(5, columns - 30)))} ${percent(w.done, w.total)}`);
  }
  return out.join('\n');
}
