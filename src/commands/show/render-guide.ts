/** `show roadmap` (the guide's stages, how the weeks map onto them) and `show versions` (the pinned releases). */
import { pick } from '../../i18n/lang.js';
import { roadmapWeeks, sharedItems } from '../../plan/roadmap.js';
import { bullets, heading } from '../../ui/blocks.js';
import { renderMarkdown } from '../../ui/markdown.js';
import { padEnd, sanitize, width, wrap } from '../../ui/text.js';
import { placeLabel, stageLabels, stageView } from '../guide-labels.js';
import type { ShowSource } from './index.js';
import type { RenderContext } from './render.js';

export function renderRoadmap(curriculum: ShowSource, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const { stages } = curriculum.roadmap;
  if (!stages.length) return m.noRoadmap;
  const [min, max] = roadmapWeeks(curriculum);
  const out = [...wrap(c.bold.cyan(m.roadmapHeading(min, max, curriculum.weeks.length)), cols)];
  const note = pick(curriculum.roadmap.note, lang);
  if (note) out.push(...renderMarkdown(note, style, cols));
  const items = new Map(curriculum.weeks.flatMap((w) => w.items.map((i) => [i.id, i] as const)));
  for (const stage of stages) {
    const labels = stageLabels(stageView(stage, lang), m);
    out.push('', ...wrap(`${c.bold(sanitize(labels.title))} ${c.dim(`(${labels.when})`)}`, cols));
    for (const n of stage.weeks) {
      const week = curriculum.weeks[n - 1];
      if (week) out.push(...wrap(`${m.weekOf(n, curriculum.weeks.length)}: ${sanitize(pick(week.title, lang))} ${c.dim(ctx.cmd('show', String(n)))}`, cols, '  '));
    }
    const listed = stage.items.map((id) => items.get(id)).filter((i) => i !== undefined);
    if (listed.length) out.push(...wrap(c.dim(`${m.stageItems}:`), cols, '  '), ...bullets(style, listed.map((i) => `${pick(i.text, lang)} \`${i.id}\``), cols, '    '));
  }
  if (curriculum.checklist.length) {
    out.push('', ...heading(style, m.guideChecklist, cols));
    for (const section of curriculum.checklist) {
      const listed = section.items.map((id) => items.get(id)).filter((i) => i !== undefined);
      out.push(...wrap(c.bold(sanitize(pick(section.title, lang))), cols, '  '), ...bullets(style, listed.map((i) => `${pick(i.text, lang)} \`${i.id}\``), cols, '    '));
    }
  }
  const shared = sharedItems(curriculum);
  if (shared.length) out.push('', ...shared.flatMap(({ item, places }) => wrap(c.dim(m.sharedItem(item.id, places.map((p) => placeLabel(p, m, lang)).join(', '))), cols)));
  return out.join('\n');
}

export function renderVersions(curriculum: ShowSource, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const { versions } = curriculum;
  if (!versions.length) return m.versionsNone;
  const name = (tool: string) => curriculum.tools.find((t) => t.id === tool)?.name;
  const latest = versions.map((v) => v.checked).sort().at(-1)!;
  const out = [...wrap(c.bold.cyan(m.versionsTitle), cols), ...wrap(m.versionsIntro(latest, `${versions[0]!.package}==${versions[0]!.version}`), cols), ''];
  const spec = (v: (typeof versions)[number]) => sanitize(`${v.package}==${v.version}`);
  const source = (v: (typeof versions)[number]) => `${c.underline(v.source)}${v.checked === latest ? '' : c.dim(` (${v.checked})`)}`;
  const specWidth = Math.max(...versions.map((v) => width(spec(v))));
  // Wide: the pin and its source on one line (a URL is never wrapped); narrow: one under the other.
  const wide = versions.every((v) => 4 + specWidth + 2 + width(v.source) + 13 <= cols);
  for (const v of versions) {
    const tool = name(v.tool);
    const about = [tool && tool.toLowerCase() !== v.package.toLowerCase() ? tool : '', pick(v.note, lang)].filter(Boolean).join(' · ');
    if (wide) out.push(`  ${style.bullet} ${c.cyan(padEnd(spec(v), specWidth))}  ${source(v)}`);
    else out.push(...wrap(c.cyan(spec(v)), cols, `  ${style.bullet} `), `    ${source(v)}`);
    if (about) out.push(...wrap(c.dim(sanitize(about)), cols, '    '));
  }
  return out.join('\n');
}
