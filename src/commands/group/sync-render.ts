/** Renders what `group sync` did. */
import type { Context } from '../../context.js';
import type { SyncView } from './sync.js';

export function renderSync(view: SyncView, ctx: Pick<Context, 'style' | 'lang'>): string {
  const { c } = ctx.style;
  const ko = ctx.lang === 'ko';
  const lines = [
    `${c.green(ctx.style.tick)} ${view.file} ${c.dim(`(${view.dir})`)}`,
    ko
      ? `  pull: ${view.pulled}개 커밋 · commit: ${view.committed ? '새 스냅샷' : '변경 없음'} · push: ${view.pushed ? `${view.remote}/${view.branch}` : '하지 않음'}`
      : `  pulled ${view.pulled} commit${view.pulled === 1 ? '' : 's'} · ${view.committed ? 'committed a new snapshot' : 'snapshot unchanged'} · ${view.pushed ? `pushed to ${view.remote}/${view.branch}` : 'not pushed'}`,
    c.dim(ko ? '  그룹 현황: mlops-study group' : '  See the board: mlops-study group'),
  ];
  return lines.join('\n');
}
