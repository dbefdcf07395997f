/**
 * A member's weeks as one inline SVG: a bar per week, filled from the bottom
 * with the ticks their own verify made, then the ones they ticked themselves;
 * the current week outlined. Numbers only (no text from the snapshot), and
 * styled by the page's classes, so it follows the page's light or dark colours.
 */
import type { Messages } from '../../i18n/messages.js';
import type { BoardRow } from '../../group/board.js';
import { verifiedPerWeek } from '../../group/agenda.js';
import { htmlText } from '../../util/untrusted.js';

const SLOT = 40;
const BAR = 30;
const HEIGHT = 52;
const TOP = 3;

const round = (n: number) => Math.round(n * 10) / 10;

export function weekBars(row: BoardRow, m: Messages): string {
  const verified = verifiedPerWeek(row);
  const many = row.weeks.length > 12;
  const labelled = (week: number) => !many || week === 1 || week % 5 === 0 || week === row.currentWeek;
  const height = TOP + HEIGHT + (many ? 18 : 32);
  const parts: string[] = [];
  const described: string[] = [];
  for (const [i, w] of row.weeks.entries()) {
    const x = i * SLOT + (SLOT - BAR) / 2;
    const total = Math.max(w.total, 1);
    const done = Math.min(w.done, w.total);
    const ver = Math.min(verified.get(w.week) ?? 0, done);
    const doneHeight = round((HEIGHT * done) / total);
    const verHeight = round((HEIGHT * ver) / total);
    const now = w.week === row.currentWeek;
    const label = m.pageBar(w.week, done, w.total, ver);
    described.push(label);
    const shapes = [`<rect class="open" x="${x}" y="${TOP}" width="${BAR}" height="${HEIGHT}" rx="3"/>`];
    if (doneHeight > 0) shapes.push(`<rect class="self" x="${x}" y="${round(TOP + HEIGHT - doneHeight)}" width="${BAR}" height="${doneHeight}"/>`);
    if (verHeight > 0) shapes.push(`<rect class="verified" x="${x}" y="${round(TOP + HEIGHT - verHeight)}" width="${BAR}" height="${verHeight}"/>`);
    if (now) shapes.push(`<rect class="now" x="${x - 2}" y="${TOP - 2}" width="${BAR + 4}" height="${HEIGHT + 4}" rx="4"/>`);
    if (labelled(w.week)) {
      shapes.push(`<text class="week${now ? ' current' : ''}" x="${x + BAR / 2}" y="${TOP + HEIGHT + 15}">${w.week}</text>`);
      if (!many) shapes.push(`<text class="count" x="${x + BAR / 2}" y="${TOP + HEIGHT + 28}">${done}/${w.total}</text>`);
    }
    parts.push(`<g><title>${htmlText(label)}</title>${shapes.join('')}</g>`);
  }
  const width = Math.max(row.weeks.length, 1) * SLOT;
  return `<svg class="bars" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${htmlText(described.join('; '))}">${parts.join('')}</svg>`;
}
