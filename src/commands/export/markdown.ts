/** A snapshot as Markdown, ready to paste into meeting notes or a pull request. */
import type { Lang } from '../../i18n/lang.js';
import { markdownCode as code, markdownEvidence as link, markdownText as escape } from '../../util/untrusted.js';
import type { Snapshot } from '../../group/snapshot.js';

const pct = (done: number, total: number) => (total ? Math.floor((done / total) * 100) : 0);

export function renderSnapshotMarkdown(s: Snapshot, lang: Lang): string {
  const ko = lang === 'ko';
  const accuracy = s.quiz.accuracy === null ? '–' : `${Math.round(s.quiz.accuracy * 100)}%`;
  const out = [
    `## ${escape(s.member.name)} · ${escape(s.curriculum.title)}`,
    '',
    ko
      ? `- **${s.curriculum.weekCount}주 중 ${s.currentWeek}주차** (시작 ${s.startDate}) · 전체 ${s.overall.done}/${s.overall.total} (${pct(s.overall.done, s.overall.total)}%)`
      : `- **Week ${s.currentWeek} of ${s.curriculum.weekCount}** (started ${s.startDate}) · overall ${s.overall.done}/${s.overall.total} (${pct(s.overall.done, s.overall.total)}%)`,
    ko
      ? `- 퀴즈 정답률 ${accuracy} (${s.quiz.answered}문제) · 연속 학습 ${s.streak}일 · 마지막 활동 ${s.lastActivity ?? '–'}`
      : `- Quiz accuracy ${accuracy} (${s.quiz.answered} answers) · streak ${s.streak} day${s.streak === 1 ? '' : 's'} · last active ${s.lastActivity ?? '–'}`,
    `- ${ko ? '내보낸 시각' : 'Exported'} ${s.exportedAt}`,
  ];
  for (const week of s.weeks) {
    if (week.week > s.currentWeek && week.done === 0) continue;
    const quiz = week.quiz.accuracy === null ? '' : ` · ${ko ? '퀴즈' : 'quiz'} ${Math.round(week.quiz.accuracy * 100)}%`;
    out.push('', `### ${ko ? `${week.week}주차` : `Week ${week.week}`}: ${escape(week.title)} (${week.done}/${week.total}${quiz})`, '');
    for (const item of week.items) {
      out.push(`- [${item.done ? 'x' : ' '}] ${escape(item.text)} ${code(item.id)}`);
      for (const e of item.evidence) out.push(`  - ${link(e)}`);
      if (item.note) out.push(`  - ${escape(item.note)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
