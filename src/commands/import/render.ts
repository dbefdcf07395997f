/**
 * The import report: what was made and from which structure, then, grouped
 * and counted, where each section went and what was not taken, with lines.
 * Every text from the guide goes through `sanitize` or `terminalLine`
 * (src/util/untrusted.ts, by way of src/ui/text.ts) here and nowhere else:
 * titles, marks, link texts, addresses and file names are someone else's.
 */
import type { Context } from '../../context.js';
import { displayPath } from '../../curriculum/files.js';
import { padEnd, sanitize, terminalLine, truncate, width, wrap } from '../../ui/text.js';
import type { ImportView } from './index.js';

type RenderContext = Pick<Context, 'style' | 'columns' | 'lang' | 'cwd' | 'm' | 'cmd'>;

/** "12", "12–30", "12, 15 and 3 more". */
export function lineRange(lines: number[], m: RenderContext['m']): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  if (sorted.length === 1) return m.importLine(sorted[0]!);
  return m.importLines(`${sorted[0]}–${sorted.at(-1)}`);
}

const quote = (text: string, room = 40) => `"${truncate(sanitize(text).replace(/\s+/g, ' '), room)}"`;

export function renderImport(view: ImportView, ctx: RenderContext): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const r = view.result.report;
  // File names are text from outside too: shown, never acted on.
  const dir = terminalLine(displayPath(view.dir, ctx.cwd));
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', c.bold(title));
    for (const line of lines) out.push(...wrap(line, columns, '  ', '    '));
  };
  out.push(...wrap((view.dryRun ? m.importDryRun : m.importDone)(terminalLine(displayPath(view.source, ctx.cwd)), dir), columns, `${view.dryRun ? c.cyan(style.arrow) : c.green(style.tick)} `, '  '));
  out.push(...wrap(m.importCounts(r.weeks, r.appendix, r.topics, r.items, r.resources), columns, '  ', '  '));
  out.push(...wrap(c.dim(`${m.importStructure(r.structure)} · ${m.importLanguage(r.language, view.encoding)}`), columns, '  ', '  '));

  if (view.dryRun) {
    const rows = r.units.map((u, i) => {
      const key = u.appendix ? m.importAppendixKey : String(i + 1);
      const name = sanitize(u.label ? `${u.label}: ${u.title}` : u.title);
      return { key, name, counts: m.importUnitCounts(u.topics, u.items, u.checked), line: u.line, files: u.files };
    });
    const nameWidth = Math.max(8, Math.min(48, columns - 34));
    const keyWidth = Math.max(...rows.map((row) => width(row.key)));
    out.push('', c.bold(m.importUnitsHeading));
    for (const row of rows) {
      if (columns >= 70) out.push(`  ${padEnd(row.key, keyWidth)}  ${padEnd(truncate(row.name, nameWidth), nameWidth)}  ${c.dim(row.counts)}`);
      else out.push(...wrap(`${row.key} ${row.name}`, columns, '  ', '      '), ...wrap(c.dim(row.counts), columns, '      '));
    }
    out.push(...wrap(c.dim(m.importWouldWrite(r.units.reduce((n, u) => n + u.files.length, 1))), columns, '  '));
  }

  section(m.importPlacedHeading, r.placements.map((p) => `${c.dim(m.importLine(p.line))} ${quote(p.title)} ${style.arrow} ${m.importPlacedTo(p.to, p.unit === undefined ? undefined : sanitize(p.unit))}`));

  const boxes = [
    ...r.taken.map((t) => (t.mark ? m.importTaken(t.lines.length, sanitize(t.mark), t.origin, lineRange(t.lines, m)) : m.importTakenEmpty(t.lines.length, lineRange(t.lines, m)))),
    ...(r.lookalikes.length ? [m.importLookalikes(r.lookalikes.length, r.lookalikes.slice(0, 2).map((l) => quote(l.text, 30)).join(', '), lineRange(r.lookalikes.map((l) => l.line), m))] : []),
  ];
  section(m.importBoxesHeading, boxes);

  const by = (reason: string) => r.skippedLinks.filter((s) => s.reason === reason);
  const notWeb = by('not-web');
  const links = [
    ...(notWeb.length ? [m.importLinksNotWeb(notWeb.length, `${quote(notWeb[0]!.title || notWeb[0]!.url, 24)} ${style.arrow} ${sanitize(truncate(notWeb[0]!.url, 40))}`, lineRange(notWeb.map((s) => s.line), m))] : []),
    ...(by('anchor').length ? [m.importLinksAnchor(by('anchor').length, lineRange(by('anchor').map((s) => s.line), m))] : []),
    ...(by('badge').length ? [m.importLinksBadge(by('badge').length, lineRange(by('badge').map((s) => s.line), m))] : []),
    ...(by('control').length ? [m.importLinksControl(by('control').length, lineRange(by('control').map((s) => s.line), m))] : []),
  ];
  section(m.importLinksHeading, links);

  section(m.importRenamedHeading, r.renamed.map((x) => `${c.dim(m.importLine(x.line))} ${quote(x.oldText, 80)} ${style.arrow} ${quote(x.text, 80)} ${c.dim(`(${sanitize(x.from)} ${style.arrow} ${sanitize(x.to)})`)}`));
  const notes = [
    ...(r.splitTopics.length ? [m.importSplit(r.splitTopics.length)] : []),
    ...(view.kept.length ? [m.importKept(view.kept.length, view.kept.slice(0, 3).map(terminalLine).join(', '))] : []),
  ];
  section(m.importNotesHeading, notes);

  const p = view.progress;
  if (p) {
    const lines = [...(p.ticked ? [m.importTicked(p.ticked)] : []), ...(p.unticked ? [m.importUnticked(p.unticked)] : []), ...(p.keptTicks ? [m.importKeptTicks(p.keptTicks)] : [])];
    section(m.importProgressHeading, lines.length ? lines : [m.importProgressSame]);
  } else if (!view.dryRun && view.result.checked.length) out.push('', ...wrap(c.dim(m.importHintProgress(view.result.checked.length)), columns));
  out.push('', ...wrap(c.dim(view.dryRun ? m.importNextDry : m.importNext(ctx.cmd('next', '--curriculum', dir))), columns));
  return out.join('\n');
}
