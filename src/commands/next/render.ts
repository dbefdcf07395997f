/** Renders `next` for the terminal. */
import type { Context } from '../../context.js';
import { bullets, checklist, heading } from '../../ui/blocks.js';
import { renderInline, renderMarkdown } from '../../ui/markdown.js';
import { suggestionLine } from '../../ui/suggestion.js';
import { sanitize, wrap } from '../../ui/text.js';
import { stageLabels } from '../guide-labels.js';
import type { ItemView } from '../shared.js';
import type { NextView } from './index.js';

export function renderNext(view: NextView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'lang' | 'cmd'>): string {
  const { style, columns: cols, m, cmd } = ctx;
  const { c } = style;
  const out: string[] = [];
  const blank = () => out.push('');
  // Own entries only: an item called "constructor" has no places unless the guide lists it (issue 14).
  const places = (i: ItemView) => (Object.hasOwn(view.places, i.id) ? [m.inGuide(sanitize(view.places[i.id]!.join(' · ')))] : []);
  // A note may have several lines (two notes merged through aliases).
  const evidence = (i: ItemView) => [...places(i), ...(i.note ? i.note.split('\n').map((line, n) => (n ? `  ${line}` : `✎ ${line}`)) : []), ...i.evidence.map((e) => `${style.arrow} ${e}`)];

  const when =
    view.status === 'upcoming' ? `${m.startsIn(view.daysUntilStart)}` : view.status === 'finished' && view.week === view.weekCount ? m.finished : '';
  out.push(...wrap(`${c.dim(sanitize(view.courseTitle))} ${c.dim('·')} ${view.heading} ${c.dim(`${view.startDate} – ${view.endDate}`)}${when ? ` ${c.yellow(`(${when})`)}` : ''}`, cols));
  if (view.stage) {
    const stage = stageLabels(view.stage, m);
    out.push(...wrap(`${c.cyan(sanitize(stage.title))} ${c.dim(`(${stage.when})`)}`, cols));
  }
  out.push(...wrap(c.bold.cyan(sanitize(view.title)), cols));
  if (view.summary) out.push(...wrap(renderInline(sanitize(view.summary), style), cols));

  if (view.goals.length) {
    blank();
    out.push(...heading(style, m.goals, cols), ...bullets(style, view.goals, cols));
  }
  if (view.topics.length) {
    blank();
    const read = view.topics.filter((t) => t.read).length;
    out.push(...heading(style, m.topics, cols, read ? m.topicsReadCount(read, view.topics.length) : ''));
    for (const t of view.topics) {
      const summary = t.summary && t.summary !== t.title ? ` ${c.dim('—')} ${renderInline(sanitize(t.summary), style)}` : '';
      // Read topics keep their line (to look something up again), ticked and dimmed.
      const mark = t.read ? c.green(style.tick) : style.bullet;
      out.push(...wrap(t.read ? `${c.dim(sanitize(t.title))}${summary ? c.dim(summary) : ''}` : `${c.bold(sanitize(t.title))}${summary}`, cols, `  ${mark} `));
      out.push(...wrap(c.dim(cmd('show', t.id)), cols, '    '));
    }
  }
  blank();
  const done = view.items.filter((i) => i.done).length;
  out.push(...heading(style, m.checklist, cols, `${done}/${view.items.length}`));
  if (view.items.length === 0) out.push(`  ${c.dim(m.noItems)}`);
  out.push(...checklist(style, view.items.map((i) => ({ id: i.id, text: i.text, done: i.done, extra: evidence(i) })), cols));
  if (view.carriedOver.length) {
    blank();
    out.push(...heading(style, m.carriedOver, cols, String(view.carriedOver.length)));
    out.push(...checklist(style, view.carriedOver.map((i) => ({ id: i.id, text: i.text, done: false, tag: m.weekTag(i.week) })), cols));
  }
  if (view.assignment) {
    const a = view.assignment;
    blank();
    out.push(...heading(style, `${m.assignment}: ${a.title}`, cols));
    // The first paragraph here; the full steps (often with code) live in `show <week>`.
    const [intro, ...rest] = a.description.trim().split(/\n\s*\n/);
    out.push(...renderMarkdown(intro ?? '', style, cols, '  '));
    if (rest.length) out.push(...wrap(c.dim(m.fullAssignment(cmd('show', String(view.week)))), cols, '  '));
    if (a.deliverables.length) out.push('', `  ${c.bold(m.deliverables)}`, ...bullets(style, a.deliverables, cols, '    '));
    if (a.bring.length) out.push('', `  ${c.bold(m.bring)}`, ...bullets(style, a.bring, cols, '    '));
  }
  if (view.resources.length) {
    blank();
    out.push(...heading(style, m.resources, cols));
    for (const r of view.resources) {
      out.push(...wrap(`${sanitize(r.title)} ${c.dim(`(${m.kind(r.kind)})`)}`, cols, `  ${style.bullet} `));
      if (r.url) out.push(...wrap(c.underline(r.url), cols, '    '));
    }
  }
  if (view.appendix.length) {
    // Not weeks: units with items get a line each (they count in the totals); the others are named once.
    blank();
    out.push(...heading(style, m.appendix, cols));
    const withItems = view.appendix.filter((u) => u.total > 0);
    for (const u of withItems) out.push(...wrap(`${sanitize(u.title)} ${c.dim(`${u.done}/${u.total} ·`)} ${c.dim(cmd('show', u.id))}`, cols, `  ${style.bullet} `));
    const rest = view.appendix.filter((u) => u.total === 0);
    if (rest.length) out.push(...wrap(`${c.dim(`${rest.map((u) => sanitize(u.title)).join(' · ')} ·`)} ${c.dim(cmd('show', rest[0]!.id))}`, cols, `  ${style.bullet} `, '    '));
  }
  blank();
  if (view.reviewsDue > 0) out.push(...wrap(c.yellow(`${m.reviewsDue(view.reviewsDue)} ${style.arrow} ${cmd('quiz')}`), cols));
  // The sentence may quote a topic title or an item's text from the curriculum: escaped like all of its text.
  out.push(...wrap(`${c.bold(m.nextStep)}: ${suggestionLine({ ...view.suggestion, text: sanitize(view.suggestion.text) }, cmd)}`, cols, '', '  '));
  return out.join('\n');
}
