/** Renders the group board for the terminal, and as JSON. */
import type { Context } from '../../context.js';
import { padEnd, padStart, terminalLine, truncate, width, wrap } from '../../ui/text.js';
import type { BoardRow } from '../../group/board.js';
import type { GroupView } from './index.js';

const LEVELS = '·▁▂▃▄▅▆▇█';

/** One character per week: how much of that week is done. */
export function miniBar(weeks: { done: number; total: number }[], unicode = true): string {
  return weeks
    .map(({ done, total }) => {
      if (!unicode) return done === 0 ? '.' : done >= total ? '#' : '+';
      if (done === 0 || total === 0) return LEVELS[0];
      return LEVELS[Math.max(1, Math.round((done / total) * 8))];
    })
    .join('');
}

const percent = (r: BoardRow) => `${r.overall.total ? Math.floor((r.overall.done / r.overall.total) * 100) : 0}%`;
const accuracy = (r: BoardRow) => (r.quizAccuracy === null ? '–' : `${Math.round(r.quizAccuracy * 100)}%`);

export function renderGroup(view: GroupView, ctx: Pick<Context, 'style' | 'columns' | 'm' | 'cmd'>): string {
  const { style, columns, m } = ctx;
  const { c } = style;
  const behind = (r: BoardRow) => (r.behind === 0 ? c.green(m.groupOnTrack) : c.yellow(m.groupBehind(r.behind)));
  const out = [...wrap(`${c.bold(m.groupTitle)} ${c.dim(`· ${m.groupMembers(view.rows.length)} · ${view.today} · ${terminalLine(view.dir)}`)}`, columns), ''];
  if (!view.rows.length) out.push(...wrap(c.dim(m.groupNone(ctx.cmd('group', 'sync'))), columns));
  const header = m.groupHeader;
  const cells = view.rows.map((r) => [
    // Another member wrote these: one line each, nothing a terminal acts on.
    terminalLine(r.name),
    `${r.currentWeek}/${r.weekCount}`,
    miniBar(r.weeks, style.unicode),
    // ✔N: how many of those ticks the member's verify made (the section below says more).
    `${r.overall.done}/${r.overall.total} ${percent(r)}${r.verified.length ? ` ${style.tick}${r.verified.length}` : ''}`,
    accuracy(r),
    m.groupStreak(r.streak),
    r.lastActive ? terminalLine(r.lastActive) : '–',
  ]);
  const widths = header.slice(0, 7).map((h, i) => Math.max(width(h), ...cells.map((row) => width(row[i]!))));
  const wide = widths.reduce((a, b) => a + b + 2, 2) + 12 <= columns;
  if (view.rows.length && wide) {
    out.push(c.dim(`  ${header.slice(0, 7).map((h, i) => padEnd(h, widths[i]!)).join('  ')}  ${header[7]}`));
    view.rows.forEach((r, i) => {
      const row = cells[i]!.map((cell, j) => (j === 4 || j === 5 ? padStart(cell, widths[j]!) : padEnd(cell, widths[j]!)));
      row[0] = c.bold(row[0]!);
      row[2] = c.cyan(row[2]!);
      out.push(`  ${row.join('  ')}  ${behind(r)}`);
    });
  } else {
    for (const [i, r] of view.rows.entries()) {
      const cell = cells[i]!;
      out.push(`${c.bold(truncate(cell[0]!, columns - 2))}`);
      out.push(...wrap(`${header[1]} ${cell[1]} ${c.cyan(cell[2]!)} ${cell[3]}`, columns, '  ', '  '));
      out.push(...wrap(`${header[4]} ${cell[4]} · ${header[5]} ${cell[5]} · ${cell[6]} · ${behind(r)}`, columns, '  ', '  '));
    }
  }
  const verifiers = view.rows.filter((r) => r.verified.length);
  if (verifiers.length) {
    out.push('', ...wrap(c.bold(m.groupVerifiedHeading), columns));
    for (const r of verifiers) {
      const latest = r.verified[0]!;
      out.push(...wrap(m.groupVerifiedLine(terminalLine(r.name), r.verified.length, latest.commit.slice(0, 7), latest.at.slice(0, 10)), columns, `  ${c.green(style.tick)} `, '    '));
      if (latest.link) out.push(...wrap(c.underline(latest.link), columns, '    '));
      else if (latest.remote) out.push(...wrap(c.dim(`${terminalLine(latest.remote)} ${latest.commit}`), columns, '    '));
    }
  }
  if (view.gitCopy) out.push('', ...wrap(c.dim(m.groupAsOf(ctx.cmd('group', 'sync'))), columns));
  if (view.problems.length) {
    out.push('', c.yellow(m.groupSkipped(view.problems.length)));
    for (const p of view.problems) out.push(...wrap(terminalLine(`${p.file}: ${m.skipReason(p.reason)}`), columns, `  ${style.cross} `, '    '));
  }
  return out.join('\n');
}

/** The board as data: each skipped file with a stable `code` and its reason in the learner's language. */
export function groupJson(view: GroupView, m: Pick<Context['m'], 'skipReason'>) {
  return {
    dir: view.dir,
    today: view.today,
    members: view.rows.map(({ snapshot: _s, ...row }) => row),
    problems: view.problems.map((p) => ({ file: p.file, code: p.reason.kind === 'file' || p.reason.kind === 'folder' ? p.reason.refusal.reason : p.reason.kind, reason: m.skipReason(p.reason) })),
  };
}


/** What `group --html FILE` says once the page is written. */
export function renderPageWritten(view: GroupView, ctx: Pick<Context, 'style' | 'columns' | 'm'>): string {
  return [`${ctx.style.tick} ${terminalLine(view.page ?? '')}`, ...wrap(ctx.style.c.dim(ctx.m.groupPageWritten(view.rows.length)), ctx.columns, '  ', '  ')].join('\n');
}
