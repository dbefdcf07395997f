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

export function confirmText(view: RepairView, m: Messages): string {
  return `${keptText(view, m)} ${m.repairConfirm}`;
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
      if (view.dropped.length) {
        out.push(`  ${m.repairDropped}:`);
        for (const d of view.dropped.slice(0, 10)) out.push(...wrap(sanitize(d), columns, `    ${style.bullet} `));
        if (view.dropped.length > 10) out.push(`    … ${view.dropped.length - 10}`);
      }
      out.push(...wrap(m.repairBackup(view.backup ?? ''), columns, '  ', '  '));
      return out.join('\n');
    }
  }
}
