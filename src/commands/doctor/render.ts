/** Renders doctor's checks grouped by area, each with its fix. */
import type { Context } from '../../context.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { DoctorView } from './index.js';

export function renderDoctor(view: DoctorView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const marks = { ok: c.green(style.tick), warn: c.yellow('!'), fail: c.red(style.cross) };
  const out: string[] = [];
  for (const area of ['progress', 'curriculum', 'terminal'] as const) {
    out.push(c.bold(m.docAreas[area]));
    for (const check of view.checks.filter((x) => x.area === area)) {
      out.push(...wrap(`${m.docNames[check.name] ?? check.name}: ${sanitize(check.detail)}`, columns, `  ${marks[check.status]} `, '    '));
      if (check.fix) out.push(...wrap(`${style.arrow} ${c.cyan(check.fix)}`, columns, '    ', '      '));
    }
    out.push('');
  }
  const problems = view.checks.filter((x) => x.status === 'fail').length;
  out.push(problems ? c.red(m.docProblems(problems)) : c.green(m.docAllFine));
  return out.join('\n');
}
