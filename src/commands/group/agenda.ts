/** The weekly meeting agenda (`group --md`): progress per member, open items, evidence to present. */
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { markdownCode as code, markdownEvidence as link, markdownText as escape } from '../../util/untrusted.js';
import { addDays } from '../../plan/dates.js';
import { miniBar } from './render.js';
import type { GroupView } from './index.js';


export function renderAgenda(view: GroupView, lang: Lang): string {
  const ko = lang === 'ko';
  const weekSince = addDays(view.today, -7);
  const out = [ko ? `# 주간 미팅 · ${view.today}` : `# Weekly meeting · ${view.today}`, ''];
  out.push(ko ? '## 진행 상황' : '## Progress', '');
  out.push(ko ? '| 이름 | 주차 | 주별 | 완료 | 퀴즈 | 연속 | 마지막 활동 | 일정 |' : '| Name | Week | Weeks | Done | Quiz | Streak | Last active | Schedule |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of view.rows) {
    const pct = r.overall.total ? Math.floor((r.overall.done / r.overall.total) * 100) : 0;
    const quiz = r.quizAccuracy === null ? '–' : `${Math.round(r.quizAccuracy * 100)}%`;
    const schedule = r.behind === 0 ? (ko ? '정상' : 'on track') : ko ? `${r.behind}주 늦음` : `${r.behind} week(s) behind`;
    out.push(`| ${escape(r.name)} | ${r.currentWeek}/${r.weekCount} | \`${miniBar(r.weeks)}\` | ${r.overall.done}/${r.overall.total} (${pct}%) | ${quiz} | ${r.streak} | ${r.lastActive ? escape(r.lastActive) : '–'} | ${schedule} |`);
  }
  out.push('', ko ? '## 남은 항목 (이번 주까지)' : '## Open items (up to this week)');
  for (const r of view.rows) {
    const open = r.snapshot.weeks.filter((w) => w.week <= r.currentWeek).flatMap((w) => w.items.filter((i) => !i.done).map((i) => ({ ...i, week: w.week })));
    out.push('', `### ${escape(r.name)}`, '');
    if (!open.length) out.push(ko ? '- 모두 완료 🎉' : '- All done 🎉');
    for (const item of open) out.push(`- [ ] ${escape(item.text)} ${code(item.id)}${item.week < r.currentWeek ? (ko ? ` (${item.week}주차)` : ` (week ${item.week})`) : ''}`);
  }
  out.push('', ko ? `## 발표할 증거 자료 (${weekSince} 이후)` : `## Evidence to present (since ${weekSince})`, '');
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
  if (!any) out.push(ko ? '- 이번 주에 첨부된 증거 자료가 없습니다.' : '- No evidence attached this week.');
  if (view.problems.length) {
    out.push('', ko ? '## 읽지 못한 스냅샷' : '## Snapshots that could not be read', '');
    for (const p of view.problems) out.push(`- ${code(p.file)}: ${escape(messages(lang).skipReason(p.reason))}`);
  }
  return `${out.join('\n')}\n`;
}
