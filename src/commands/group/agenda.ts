/** The weekly meeting agenda (`group --md`): progress per member, open items, evidence to present. */
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { markdownCode as code, markdownEvidence as link, markdownText as escape } from '../../util/untrusted.js';
import { addDays } from '../../plan/dates.js';
import { miniBar } from './render.js';
import type { GroupView } from './index.js';


export function renderAgenda(view: GroupView, lang: Lang): string {
  const m = messages(lang);
  const weekSince = addDays(view.today, -7);
  const out = [`# ${m.agendaTitle(view.today)}`, ''];
  out.push(`## ${m.agendaProgress}`, '');
  out.push(`| ${m.groupHeader.join(' | ')} |`);
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of view.rows) {
    const pct = r.overall.total ? Math.floor((r.overall.done / r.overall.total) * 100) : 0;
    const quiz = r.quizAccuracy === null ? '–' : `${Math.round(r.quizAccuracy * 100)}%`;
    const schedule = r.behind === 0 ? m.groupOnTrack : m.groupBehind(r.behind);
    out.push(`| ${escape(r.name)} | ${r.currentWeek}/${r.weekCount} | \`${miniBar(r.weeks)}\` | ${r.overall.done}/${r.overall.total} (${pct}%) | ${quiz} | ${r.streak} | ${r.lastActive ? escape(r.lastActive) : '–'} | ${schedule} |`);
  }
  out.push('', `## ${m.agendaOpen}`);
  for (const r of view.rows) {
    const open = r.snapshot.weeks.filter((w) => w.week <= r.currentWeek).flatMap((w) => w.items.filter((i) => !i.done).map((i) => ({ ...i, week: w.week })));
    out.push('', `### ${escape(r.name)}`, '');
    if (!open.length) out.push(`- ${m.agendaAllDone}`);
    for (const item of open) out.push(`- [ ] ${escape(item.text)} ${code(item.id)}${item.week < r.currentWeek ? ` (${m.agendaFromWeek(item.week)})` : ''}`);
  }
  out.push('', `## ${m.agendaEvidence(weekSince)}`, '');
  let any = false;
  for (const r of view.rows) {
    for (const w of r.snapshot.weeks) {
      for (const item of w.items) {
        if (!item.evidence.length || !item.doneAt || item.doneAt.slice(0, 10) < weekSince) continue;
        any = true;
        out.push(`- **${escape(r.name)}**: ${escape(item.text)} ${item.evidence.map(link).join(', ')}`);
      }
    }
  }
  if (!any) out.push(`- ${m.agendaNoEvidence}`);
  if (view.problems.length) {
    out.push('', `## ${m.agendaUnreadable}`, '');
    for (const p of view.problems) out.push(`- ${code(p.file)}: ${escape(m.skipReason(p.reason))}`);
  }
  return `${out.join('\n')}\n`;
}
