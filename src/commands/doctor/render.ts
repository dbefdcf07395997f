/** Renders doctor's checks grouped by area, each with its fix. */
import type { Context } from '../../context.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { DoctorView } from './index.js';

export function renderDoctor(view: DoctorView, ctx: Pick<Context, 'style' | 'columns' | 'lang'>): string {
  const { style, columns } = ctx;
  const { c } = style;
  const titles = ctx.lang === 'ko' ? { progress: '진행 상황 파일', curriculum: '커리큘럼', terminal: '터미널' } : { progress: 'Progress file', curriculum: 'Curriculum', terminal: 'Terminal' };
  const marks = { ok: c.green(style.tick), warn: c.yellow('!'), fail: c.red(style.cross) };
  const out: string[] = [];
  for (const area of ['progress', 'curriculum', 'terminal'] as const) {
    out.push(c.bold(titles[area]));
    for (const check of view.checks.filter((x) => x.area === area)) {
      out.push(...wrap(`${check.name}: ${sanitize(check.detail)}`, columns, `  ${marks[check.status]} `, '    '));
      if (check.fix) out.push(...wrap(`${style.arrow} ${c.cyan(check.fix)}`, columns, '    ', '      '));
    }
    out.push('');
  }
  const problems = view.checks.filter((x) => x.status === 'fail').length;
  out.push(problems ? c.red(ctx.lang === 'ko' ? `문제 ${problems}개` : `${problems} problem(s) found`) : c.green(ctx.lang === 'ko' ? '모두 정상입니다.' : 'Everything looks fine.'));
  return out.join('\n');
}
