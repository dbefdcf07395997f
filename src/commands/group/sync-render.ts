/** Renders what `group sync` did. */
import type { Context } from '../../context.js';
import { terminalLine } from '../../util/untrusted.js';
import type { SyncView } from './sync.js';

export function renderSync(view: SyncView, ctx: Pick<Context, 'style' | 'm' | 'cmd'>): string {
  const { c } = ctx.style;
  const { m } = ctx;
  const parts = [
    ...(view.moved ? [m.syncMoved(terminalLine(view.moved.from), terminalLine(view.moved.to))] : []),
    m.syncPulled(view.pulled),
    view.committed ? m.syncCommitted : m.syncUnchanged,
    view.pushed ? m.syncPushed(terminalLine(`${view.remote}/${view.branch}`), view.pushTries) : m.syncNotPushed,
  ];
  return [`${c.green(ctx.style.tick)} ${terminalLine(view.file)} ${c.dim(`(${terminalLine(view.dir)})`)}`, `  ${parts.join(' · ')}`, c.dim(`  ${m.syncSeeBoard(ctx.cmd('group'))}`)].join('\n');
}
