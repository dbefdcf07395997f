/** Renders what `group sync` did. */
import type { Context } from '../../context.js';
import type { SyncView } from './sync.js';

export function renderSync(view: SyncView, ctx: Pick<Context, 'style' | 'm' | 'cmd'>): string {
  const { c } = ctx.style;
  const { m } = ctx;
  const parts = [
    m.syncPulled(view.pulled),
    view.committed ? m.syncCommitted : m.syncUnchanged,
    view.pushed ? m.syncPushed(`${view.remote}/${view.branch}`, view.pushTries) : m.syncNotPushed,
  ];
  return [`${c.green(ctx.style.tick)} ${view.file} ${c.dim(`(${view.dir})`)}`, `  ${parts.join(' · ')}`, c.dim(`  ${m.syncSeeBoard(ctx.cmd('group'))}`)].join('\n');
}
