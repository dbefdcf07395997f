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
  out.push(`| ${[...m.groupHeader.slice(0, 4), m.groupVerifiedColumn, ...m.groupHeader.slice(4)].join(' | ')} |`);
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of view.rows) {
    const pct = r.overall.total ? Math.floor((r.overall.done / r.overall.total) * 100) : 0;
    const quiz = r.quizAccuracy === null ? '–' : `${Math.round(r.quizAccuracy * 100)}%`;
    const schedule = r.behind === 0 ? m.groupOnTrack : m.groupBehind(r.behind);
    out.push(`| ${escape(r.name)} | ${r.currentWeek}/${r.weekCount} | \`${miniBar(r.weeks)}\` | ${r.overall.done}/${r.overall.total} (${pct}%) | ${r.verified.length || '–'} | ${quiz} | ${r.streak} | ${r.lastActive ? escape(r.lastActive) : '–'} | ${schedule} |`);
  }
  out.push('', `## ${m.agendaOpen}`);
  for (const r of view.rows) {
    const open = r.snapshot.weeks.filter((w) => w.week <= r.currentWeek).flatMap((w) => w.items.filter((i) => !i.done).map((i) => ({ ...i, week: w.week })));
    out.push('', `### ${escape(r.name)}`, '');
    if (!open.length) out.push(`- ${m.agendaAllDone}`);
    for (const item of open) out.push(`- [ ] ${escape(item.text)} ${code(item.id)}${item.week < r.currentWeek ? ` (${m.agendaFromWeek(item.week)})` : ''}`);
  }
  // Verified ticks apart from self-reported ones: the member's own claim, with the commit to open.
  out.push('', m.agendaVerifiedHeading(weekSince), '', m.agendaVerifiedNote, '');
  const recent = view.rows.flatMap((r) => r.verified.filter((v) => v.at.slice(0, 10) >= weekSince).map((v) => ({ r, v })));
  if (!recent.length) out.push(m.agendaVerifiedNone);
  for (const { r, v } of recent) {
    const commit = v.link ? `[\`${v.commit.slice(0, 7)}\`](${v.link})` : `\`${v.commit.slice(0, 7)}\``;
    out.push(`- **${escape(r.name)}**: ${escape(v.text)} ${code(v.id)} ✔ ${m.agendaVerifiedLine(escape(r.name), commit)}`);
  }
  out.push('', `## ${m.agendaEvidence(weekSince)}`, '');
  let any = false;
  for (const r of view.rows) {
    const verified = new Map(r.verified.map((v) => [v.id, v]));
    for (const w of r.snapshot.weeks) {
      for (const item of w.items) {
        // What verify attached (git:<commit>, the remote) is in the section above.
        const v = verified.get(item.id);
        const evidence = item.evidence.filter((e) => !v || (e !== `git:${v.commit}` && e !== v.remote));
        if (!evidence.length || !item.doneAt || item.doneAt.slice(0, 10) < weekSince) continue;
        any = true;
        out.push(`- **${escape(r.name)}**: ${escape(item.text)} ${evidence.map(link).join(', ')}`);
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
