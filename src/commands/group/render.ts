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

export function renderGroup(view: GroupView, ctx: Pick<Context, 'style' | 'columns' | 'lang' | 'm'>): string {
  const { style, columns, lang, m } = ctx;
  const { c } = style;
  const ko = lang === 'ko';
  const behind = (r: BoardRow) => (r.behind === 0 ? c.green(ko ? '정상' : 'on track') : c.yellow(ko ? `${r.behind}주 늦음` : `${r.behind} week${r.behind === 1 ? '' : 's'} behind`));
  const out = [`${c.bold(ko ? '스터디 그룹' : 'Study group')} ${c.dim(`· ${view.rows.length} ${ko ? '명' : view.rows.length === 1 ? 'member' : 'members'} · ${view.today} · ${terminalLine(view.dir)}`)}`, ''];
  if (!view.rows.length) out.push(c.dim(ko ? '읽을 수 있는 스냅샷이 없습니다. 각자 `mlops-study group sync`를 실행하세요.' : 'No readable snapshots yet. Each member runs `mlops-study group sync`.'));
  const header = ko ? ['이름', '주차', '주별', '완료', '퀴즈', '연속', '마지막 활동', '일정'] : ['Name', 'Week', 'Weeks', 'Done', 'Quiz', 'Streak', 'Last active', 'Schedule'];
  const cells = view.rows.map((r) => [
    // Another member wrote these: one line each, nothing a terminal acts on.
    terminalLine(r.name),
    `${r.currentWeek}/${r.weekCount}`,
    miniBar(r.weeks, style.unicode),
    `${r.overall.done}/${r.overall.total} ${percent(r)}`,
    accuracy(r),
    ko ? `${r.streak}일` : `${r.streak}d`,
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
  if (view.gitCopy) out.push('', ...wrap(c.dim(ko ? '이 작업 사본을 마지막으로 pull한 시점의 현황입니다. 최신 현황: mlops-study group sync' : 'As of the last pull of this working copy. For the latest: mlops-study group sync'), columns));
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

