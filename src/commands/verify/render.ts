/** Renders verify's results and what was ticked afterwards. Everything from the project or the curriculum is sanitised. */
import type { Context } from '../../context.js';
import { renderInline } from '../../ui/markdown.js';
import type { Style } from '../../ui/style.js';
import { padEnd, terminalLine, width, wrap } from '../../ui/text.js';
import type { CheckView, ItemResult, Result, VerifyView } from './index.js';
import { list } from './reasons.js';
import { shortCommit, type AfterView } from './tick.js';

type Ctx = Pick<Context, 'style' | 'columns' | 'm' | 'lang' | 'cmd'>;

const home = (dir: string, env: NodeJS.ProcessEnv) => (env.HOME && dir.startsWith(`${env.HOME}/`) ? `~${dir.slice(env.HOME.length)}` : dir);

function mark(style: Style, result: Result): string {
  const { c } = style;
  return result === 'pass' ? c.green(style.tick) : result === 'fail' ? c.red(style.cross) : c.dim(style.unicode ? '·' : '-');
}

function checkLines(check: CheckView, ctx: Ctx, indent: string): string[] {
  const { style, columns } = ctx;
  const { c } = style;
  const lead = `${indent}${check.ok ? c.green(style.tick) : c.red(style.cross)} `;
  const hang = ' '.repeat(width(lead));
  if (check.ok) return wrap(c.dim(terminalLine(check.message)), columns, lead, hang);
  return [...wrap(renderInline(terminalLine(check.message), style), columns, lead, hang), ...(check.detail ? wrap(c.yellow(terminalLine(check.detail)), columns, hang) : [])];
}

/** "Read: mlops-study show <topic>" once per topic of the item's failed checks. */
function readLines(checks: CheckView[], ctx: Ctx, indent: string): string[] {
  const topics = [...new Set(checks.filter((ch) => !ch.ok && ch.topic).map((ch) => ch.topic!))];
  return topics.flatMap((topic) => wrap(ctx.style.c.dim(ctx.m.verifyRead(ctx.cmd('show', topic))), ctx.columns, indent));
}

function itemLines(item: ItemResult, view: VerifyView, ctx: Ctx, idWidth: number): string[] {
  const { style, columns, m } = ctx;
  const { c } = style;
  const wide = columns >= 70 && idWidth + 8 <= columns / 2;
  const status = item.verified ? m.verifyVerifiedAt(shortCommit(item.verified.commit)) : item.done ? m.verifyTickedByHand : '';
  const label = item.result === 'manual' ? m.verifyManual : status;
  const text = `${terminalLine(item.text)}${label ? ` ${c.dim(`(${label})`)}` : ''}`;
  const lead = wide ? `  ${mark(style, item.result)} ${c.dim(padEnd(item.id, idWidth))}  ` : `  ${mark(style, item.result)} `;
  const out = wrap(item.result === 'manual' ? c.dim(text) : text, columns, lead, wide ? ' '.repeat(width(lead)) : '    ');
  if (!wide) out.push(...wrap(c.dim(item.id), columns, '    '));
  // Deliverables and checks sit a little in from the item, whatever the width: the text keeps its room.
  const inner = '    ';
  if (item.deliverables) {
    for (const d of item.deliverables) {
      const dLead = `${inner}${mark(style, d.result)} ${c.dim(String(d.number))} `;
      const dHang = ' '.repeat(width(dLead));
      const dText = renderInline(terminalLine(d.text), style);
      out.push(...wrap(d.result === 'manual' ? c.dim(`${dText} (${m.verifyManual})`) : dText, columns, dLead, dHang));
      if (d.result === 'fail') for (const check of d.checks.filter((ch) => !ch.ok)) out.push(...checkLines(check, ctx, dHang));
    }
    // Checks that belong to no deliverable.
    for (const check of item.checks.filter((ch) => !ch.ok && ch.deliverable === undefined)) out.push(...checkLines(check, ctx, inner));
  } else if (item.result === 'fail') {
    for (const check of item.checks) out.push(...checkLines(check, ctx, inner));
  }
  out.push(...readLines(item.checks, ctx, inner));
  if (item.result === 'pass' && item.uncommitted.length && view.commit) out.push(...wrap(c.yellow(m.verifyUncommitted(terminalLine(list(item.uncommitted)))), columns, inner));
  return out;
}

export function renderVerify(view: VerifyView, ctx: Ctx & Pick<Context, 'env'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const where = view.commit ? m.verifyAtCommit(shortCommit(view.commit), terminalLine(view.branch ?? '')) : view.repository ? m.verifyNoCommit : m.verifyNoRepo;
  const scope = view.scope.all ? m.verifyScopeAll : m.verifyScopeWeek(view.scope.weeks[0]!, view.scope.carried);
  const out = wrap(`${c.bold(m.verifyHeading(terminalLine(home(view.project.dir, ctx.env))))} ${c.dim(`${where} · ${scope}`)}`, columns);
  const idWidth = Math.max(0, ...view.weeks.flatMap((w) => w.items.map((i) => width(i.id))));
  for (const week of view.weeks) {
    out.push('', ...wrap(c.bold.cyan(m.topicOfWeek(week.week, terminalLine(week.title))), columns));
    for (const item of week.items) out.push(...itemLines(item, view, ctx, idWidth));
  }
  const { pass, fail, manual } = view.summary;
  out.push('');
  if (!pass && !fail) out.push(...wrap(c.dim(m.verifyNothing(ctx.cmd('check', { placeholder: '<id>' }))), columns));
  else out.push(...wrap(c.bold(m.verifySummary(pass, fail, manual)), columns));
  if (manual && (pass || fail)) out.push(...wrap(c.dim(m.verifyManualHint(ctx.cmd('check', { placeholder: '<id>' }))), columns));
  return out.join('\n');
}

/** What was ticked (or why nothing was); the saved project is renderSaved's. */
export function renderAfter(after: AfterView, ctx: Ctx): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const out: string[] = [];
  if (after.needsCommit) out.push(...wrap(c.yellow(m.verifyNeedsCommit), columns));
  for (const change of after.changes) {
    const label = change.change === 'done' ? m.verifyMarked(shortCommit(after.commit ?? '')) : m.verifyMarkedVerified(shortCommit(after.commit ?? ''));
    out.push(...wrap(`${c.dim(change.id)} ${terminalLine(change.text)} ${c.dim(`(${label})`)}`, columns, `${c.green(style.tick)} `, '  '));
  }
  for (const skip of after.skipped) out.push(...wrap(c.yellow(m.verifyNotTicked(skip.id, terminalLine(list(skip.files)))), columns));
  if (after.changes.length) out.push(...wrap(c.dim(m.verifySyncHint(ctx.cmd('group', 'sync'))), columns));
  if (after.tickHint) out.push(...wrap(c.dim(m.verifyTickHint(after.tickHint, ctx.cmd(...(after.tickCommand ?? ['verify', '--tick'])))), columns));
  return out.join('\n');
}

export function renderSaved(after: AfterView, ctx: Ctx): string {
  return after.savedProject ? wrap(ctx.style.c.green(ctx.m.verifyProjectSaved(terminalLine(after.savedProject), ctx.cmd('init', '--project', { placeholder: 'DIR' }))), ctx.columns).join('\n') : '';
}
