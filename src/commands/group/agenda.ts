/** The weekly meeting agenda (`group --md`): progress per member, open items, evidence to present. */
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { markdownCode as code, markdownEvidence as link, markdownText as escape } from '../../util/untrusted.js';
import { buildAgenda } from '../../group/agenda.js';
import { canonicalCommand } from '../../ui/suggestion.js';
import { miniBar } from './render.js';
import type { GroupView } from './index.js';

export function renderAgenda(view: GroupView, lang: Lang): string {
  const m = messages(lang);
  const agenda = buildAgenda(view.rows, view.today);
  // Read by others, wherever mlops-study is installed: the command as `mlops-study …`, not as this run was started.
  const out = [`# ${m.agendaTitle(view.today)}`, '', `_${m.groupAsOf(`\`${canonicalCommand(['group', 'sync'])}\``)}_`, ''];
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
  for (const { row, items } of agenda.open) {
    out.push('', `### ${escape(row.name)}`, '');
    if (!items.length) out.push(`- ${m.agendaAllDone}`);
    for (const item of items) out.push(`- [ ] ${escape(item.text)} ${code(item.id)}${item.carried ? ` (${m.agendaFromWeek(item.week)})` : ''}`);
  }
  // Verified ticks apart from self-reported ones: the member's own claim, with the commit to open.
  out.push('', `## ${m.agendaVerifiedHeading(agenda.since)}`, '', m.agendaVerifiedNote, '');
  if (!agenda.verified.length) out.push(`- ${m.agendaVerifiedNone}`);
  for (const { row, tick } of agenda.verified) {
    const commit = tick.link ? `[\`${tick.commit.slice(0, 7)}\`](${tick.link})` : `\`${tick.commit.slice(0, 7)}\``;
    out.push(`- **${escape(row.name)}**: ${escape(tick.text)} ${code(tick.id)} ✔ ${m.agendaVerifiedLine(escape(row.name), commit)}`);
  }
  out.push('', `## ${m.agendaEvidence(agenda.since)}`, '');
  for (const e of agenda.evidence) out.push(`- **${escape(e.row.name)}**: ${escape(e.text)} ${e.evidence.map(link).join(', ')}`);
  if (!agenda.evidence.length) out.push(`- ${m.agendaNoEvidence}`);
  if (view.problems.length) {
    out.push('', `## ${m.agendaUnreadable}`, '');
    for (const p of view.problems) out.push(`- ${code(p.file)}: ${escape(m.skipReason(p.reason))}`);
  }
  return `${out.join('\n')}\n`;
}
