/**
 * The group page (`group --html FILE`): the board and the meeting agenda as
 * one self-contained HTML file, to put on the screen at the weekly meeting or
 * publish with GitHub Pages. Inline CSS and SVG only: no script, nothing
 * fetched, so it works opened from disk. Every text from a snapshot (names,
 * items, evidence, dates, file names) passes issue 14's boundary (htmlText);
 * a Content-Security-Policy that allows no script is the second fence.
 */
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import type { BoardProblem, BoardRow } from '../../group/board.js';
import { buildAgenda } from '../../group/agenda.js';
import { htmlText as h, webAddress } from '../../util/untrusted.js';
import { weekBars } from './page-bars.js';
import { PAGE_CSS } from './page-style.js';

export interface GroupPage {
  lang: Lang;
  /** The course's title in the run's language (our curriculum, not a snapshot). */
  course: string;
  today: string;
  rows: BoardRow[];
  problems: BoardProblem[];
  version: string;
  /** `mlops-study group sync`, as a reader would type it. */
  syncCommand: string;
  /** The course's week titles in the run's language, by week number. */
  weekTitles: Map<number, string>;
}

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
// A bar-chart icon, so that a browser asks for no favicon.ico.
const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="1" y="8" width="4" height="7" fill="#15803d"/><rect x="6" y="4" width="4" height="11" fill="#15803d"/><rect x="11" y="1" width="4" height="14" fill="#8fd0a8"/></svg>')}`;

/** `lang` for text a member wrote, when their snapshot says which language it is. */
const langOf = (row: BoardRow) => (row.snapshot.language === 'ko' || row.snapshot.language === 'en' ? ` lang="${row.snapshot.language}"` : '');
const percent = (done: number, total: number) => (total ? Math.floor((done / total) * 100) : 0);
const link = (url: string, text: string) => `<a href="${h(url)}" rel="noopener noreferrer">${text}</a>`;

export function renderGroupPage(page: GroupPage, m: Messages): string {
  const agenda = buildAgenda(page.rows, page.today);
  const out = [
    '<!doctype html>',
    `<html lang="${page.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(m.pageTitle(page.course))} · ${h(page.today)}</title>`,
    `<link rel="icon" href="${ICON}">`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="wrap">',
    `<header class="top"><div><p>${h(m.groupTitle)}</p><h1>${h(page.course)}</h1></div><p>${h(m.pageSubtitle(page.rows.length, page.today))}</p></header>`,
    '<main>',
    `<section aria-label="${h(m.pageBoard)}">`,
    `<ul class="legend"><li><span class="swatch verified"></span>${h(m.pageLegendVerified)}</li><li><span class="swatch self"></span>${h(m.pageLegendSelf)}</li><li><span class="swatch open"></span>${h(m.pageLegendOpen)}</li><li><span class="swatch now"></span>${h(m.pageLegendNow)}</li></ul>`,
    '<div class="members">',
    ...page.rows.map((row) => member(row, page, m)),
    '</div>',
  ];
  if (!page.rows.length) out.push(`<p class="empty">${h(m.groupNone(page.syncCommand))}</p>`);
  out.push('</section>', `<section class="agenda"><h2>${h(m.agendaTitle(page.today))}</h2>`);
  out.push(`<h3>${h(m.agendaOpen)}</h3>`, '<div class="open-items">');
  for (const { row, items } of agenda.open) {
    const lines = items.map((i) => `<li${langOf(row)}>${h(i.text)} <code>${h(i.id)}</code>${i.carried ? ` <span class="tag">${h(m.agendaFromWeek(i.week))}</span>` : ''}</li>`);
    out.push(`<div class="box"><h4>${h(row.name)}</h4><ul class="lines">${lines.join('') || `<li>${h(m.agendaAllDone)}</li>`}</ul></div>`);
  }
  out.push('</div>', `<h3>${h(m.agendaVerifiedHeading(agenda.since))}</h3>`, `<p class="note">${h(m.agendaVerifiedNote)}</p>`, '<ul class="lines">');
  for (const { row, tick } of agenda.verified) {
    const commit = `<code>${h(tick.commit.slice(0, 7))}</code>`;
    out.push(`<li><span class="tick">✔</span> <b>${h(row.name)}</b>: <span${langOf(row)}>${h(tick.text)}</span> <code>${h(tick.id)}</code> · ${m.agendaVerifiedLine(h(row.name), tick.link ? link(tick.link, commit) : commit)}</li>`);
  }
  if (!agenda.verified.length) out.push(`<li class="note">${h(m.agendaVerifiedNone)}</li>`);
  out.push('</ul>', `<h3>${h(m.agendaEvidence(agenda.since))}</h3>`, '<ul class="lines">');
  for (const e of agenda.evidence) {
    const shown = e.evidence.map((v) => (webAddress(v) ? link(v, h(v)) : `<code>${h(v)}</code>`)).join(', ');
    out.push(`<li><b>${h(e.row.name)}</b>: <span${langOf(e.row)}>${h(e.text)}</span> ${shown}</li>`);
  }
  if (!agenda.evidence.length) out.push(`<li class="note">${h(m.agendaNoEvidence)}</li>`);
  out.push('</ul>');
  if (page.problems.length) {
    out.push(`<h3>${h(m.agendaUnreadable)}</h3>`, '<ul class="lines">');
    for (const p of page.problems) out.push(`<li><code>${h(p.file)}</code>: ${h(m.skipReason(p.reason))}</li>`);
    out.push('</ul>');
  }
  out.push('</section>', '</main>', `<footer>${h(m.pageFooter(page.version, page.today))}</footer>`, '</div>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function member(row: BoardRow, page: GroupPage, m: Messages): string {
  const schedule = row.behind === 0 ? `<span class="chip ok">${h(m.groupOnTrack)}</span>` : `<span class="chip late">${h(m.groupBehind(row.behind))}</span>`;
  const quiz = row.quizAccuracy === null ? '–' : `${Math.round(row.quizAccuracy * 100)}%`;
  const weekTitle = page.weekTitles.get(row.currentWeek);
  const verified = row.verified.length ? `<small class="ver">✔ ${h(m.pageVerified(row.verified.length))}</small>` : '';
  return [
    '<article class="member">',
    `<div><h3>${h(row.name)}</h3><p class="where">${h(m.weekOf(row.currentWeek, row.weekCount))} · ${schedule}${weekTitle ? `<br><b>${h(weekTitle)}</b>` : ''}<span class="synced">${h(m.pageSynced(row.exportedAt.slice(0, 10)))}</span></p></div>`,
    weekBars(row, m),
    '<dl class="stats">',
    `<div><dt>${h(m.pageDone)}</dt><dd>${row.overall.done}/${row.overall.total} <small>${percent(row.overall.done, row.overall.total)}%</small>${verified}</dd></div>`,
    `<div><dt>${h(m.pageQuiz)}</dt><dd>${quiz}<small>${h(m.pageAnswers(row.snapshot.quiz.answered))}</small></dd></div>`,
    `<div><dt>${h(m.pageStreak)}</dt><dd>${h(m.pageDays(row.streak))}</dd></div>`,
    `<div><dt>${h(m.pageLastActive)}</dt><dd>${row.lastActive ? h(row.lastActive) : '–'}</dd></div>`,
    '</dl>',
    '</article>',
  ].join('\n');
}
