/** Renders the result of `config repair`. */
import type { Context } from '../../context.js';
import type { Messages } from '../../i18n/messages.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { RepairView } from './repair.js';

export function keptText(view: RepairView, m: Messages): string {
  const k = view.kept;
  const verb = view.state === 'repaired' && view.backup ? 'repaired' : view.state === 'healthy' ? 'healthy' : 'other';
  return m.repairKept(verb, k.items, k.cards, k.reviews, k.courses);
}

/** The question before repairing: what is kept, what would be dropped (so the answer is informed), then the question, each wrapped. */
export function confirmText(view: RepairView, m: Messages, columns = 80): string {
  const room = Math.max(20, columns - 2);
  return [...wrap(keptText(view, m), room), ...droppedLines(view, m.repairWillDrop, room), ...wrap(m.repairConfirm, room)].join('\n');
}

function droppedLines(view: RepairView, label: string, columns: number, bullet = '•'): string[] {
  if (!view.dropped.length) return [];
  const out = [`  ${label}:`];
  for (const d of view.dropped.slice(0, 10)) out.push(...wrap(sanitize(d), columns, `    ${bullet} `, '      '));
  if (view.dropped.length > 10) out.push(`    … ${view.dropped.length - 10}`);
  return out;
}

export function renderRepair(view: RepairView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  switch (view.state) {
    case 'missing':
      return m.repairMissing(view.file);
    case 'healthy':
      return `${c.green(style.tick)} ${m.repairHealthy(view.file)} ${keptText(view, m)}`;
    case 'declined':
      return m.repairDeclined;
    case 'repaired': {
      const out = [`${c.green(style.tick)} ${m.repairDone(view.file)}`, ...wrap(keptText(view, m), columns, '  ', '  ')];
      out.push(...droppedLines(view, m.repairDropped, columns, style.bullet));
      out.push(...wrap(m.repairBackup(view.backup ?? ''), columns, '  ', '  '));
      return out.join('\n');
    }
  }
}
