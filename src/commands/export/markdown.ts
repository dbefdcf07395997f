/** A snapshot as Markdown, ready to paste into meeting notes or a pull request. */
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { markdownCode as code, markdownEvidence as link, markdownText as escape } from '../../util/untrusted.js';
import { commitUrl } from '../../verify/remote.js';
import type { Snapshot } from '../../group/snapshot.js';

const pct = (done: number, total: number) => (total ? Math.floor((done / total) * 100) : 0);

export function renderSnapshotMarkdown(s: Snapshot, lang: Lang): string {
  const m = messages(lang);
  const accuracy = s.quiz.accuracy === null ? '–' : `${Math.round(s.quiz.accuracy * 100)}%`;
  const out = [
    `## ${escape(s.member.name)} · ${escape(s.curriculum.title)}`,
    '',
    `- ${m.mdPosition(s.currentWeek, s.curriculum.weekCount, s.startDate, s.overall.done, s.overall.total, pct(s.overall.done, s.overall.total))}`,
    `- ${m.mdActivity(accuracy, s.quiz.answered, s.streak, s.lastActivity ?? '–')}`,
    `- ${m.mdExported(s.exportedAt)}`,
  ];
  for (const week of s.weeks) {
    // Weeks ahead with nothing in them are left out; a note or evidence on an unticked item is not.
    if (week.week > s.currentWeek && week.done === 0 && !week.items.some((i) => i.note || i.evidence.length)) continue;
    const quiz = week.quiz.accuracy === null ? '' : ` · ${m.mdQuiz(Math.round(week.quiz.accuracy * 100))}`;
    out.push('', `### ${m.weekHeading(week.week)}: ${escape(week.title)} (${week.done}/${week.total}${quiz})`, '');
    for (const item of week.items) {
      const v = item.done ? item.verified : undefined;
      const url = v ? commitUrl(v.remote, v.commit) : undefined;
      const verified = v ? ` ✔ ${messages(lang).exportVerifiedAt(url ? `[\`${v.commit.slice(0, 7)}\`](${url})` : `\`${v.commit.slice(0, 7)}\``)}` : '';
      out.push(`- [${item.done ? 'x' : ' '}] ${escape(item.text)} ${code(item.id)}${verified}`);
      for (const e of item.evidence) out.push(`  - ${link(e)}`);
      // Every line of a note (two merged notes) stays inside the item's list entry.
      if (item.note) out.push(`  - ${item.note.split('\n').map(escape).join('\n    ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
