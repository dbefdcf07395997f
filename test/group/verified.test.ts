/** Verified ticks on the board and in the agenda: shown apart from self-reported ones, as the member's own claim. */
import { describe, expect, it } from 'vitest';
import { buildBoard } from '../../src/group/board.js';
import { parseSnapshot } from '../../src/group/snapshot-schema.js';
import { messages } from '../../src/i18n/messages.js';
import { SNAPSHOT_VERSION, verifiedOf, type Snapshot, type SnapshotItem } from '../../src/group/snapshot.js';
import { renderGroup } from '../../src/commands/group/render.js';
import { renderAgenda } from '../../src/commands/group/agenda.js';
import { renderSnapshotMarkdown } from '../../src/commands/export/markdown.js';
import { plainStyle } from '../../src/ui/style.js';

const sha = '3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f';
const verified = { commit: sha, at: '2026-12-07T09:00:00.000Z', remote: 'https://github.com/jimin/iris-mlops.git' };

function snapshot(name: string, items: SnapshotItem[]): Snapshot {
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    exportedAt: '2026-12-08T00:00:00.000Z',
    tool: { name: 'mlops-study', version: '0.1.0' },
    member: { name },
    curriculum: { id: 'mlops-study', version: '1.0.0', title: 'MLOps', weekCount: 1 },
    language: 'en',
    startDate: '2026-12-01',
    currentWeek: 2,
    status: 'in-progress',
    overall: { done: items.filter((i) => i.done).length, total: items.length },
    weeks: [{ week: 1, title: 'Week 1', done: items.filter((i) => i.done).length, total: items.length, items, quiz: { answered: 0, accuracy: null } }],
    quiz: { seen: 0, answered: 0, accuracy: null, due: 0 },
    streak: 1,
    lastActivity: '2026-12-07',
  };
}
const item = (id: string, extra: Partial<SnapshotItem> = {}): SnapshotItem => ({ id, text: `Text of ${id}`, done: true, doneAt: '2026-12-07T09:00:00.000Z', evidence: [], ...extra });

const board = () =>
  buildBoard(
    [
      { file: 'members/jimin.json', text: JSON.stringify(snapshot('지민', [item('git-mastery', { verified, evidence: [`git:${sha}`, verified.remote] }), item('python-dev-env', { evidence: ['https://github.com/jimin/iris-mlops/pull/2'] }), item('open', { done: false, doneAt: null })])) },
      { file: 'members/alex.json', text: JSON.stringify(snapshot('Alex', [item('git-mastery')])) },
    ],
    { curriculumId: 'mlops-study', today: '2026-12-08', parse: parseSnapshot },
  );

describe('reading verified from a snapshot file', () => {
  it('keeps a well-formed one through the snapshot schema, and a malformed one does not cost the member their row', () => {
    const good = parseSnapshot(JSON.parse(JSON.stringify(snapshot('지민', [item('a', { verified })]))));
    expect(good.ok && good.snapshot.weeks[0]!.items[0]!.verified).toEqual(verified);
    const bad = parseSnapshot(JSON.parse(JSON.stringify(snapshot('지민', [item('a', { verified: { commit: 'x'.repeat(5000), at: 42 } as never })]))));
    expect(bad.ok).toBe(true);
    expect(bad.ok && verifiedOf(bad.snapshot.weeks[0]!.items[0])).toBeUndefined();
  });
});

describe('verifiedOf', () => {
  it('reads a well-formed verification of a done item only', () => {
    expect(verifiedOf(item('a', { verified }))).toEqual(verified);
    expect(verifiedOf(item('a', { verified, done: false }))).toBeUndefined();
    for (const bad of [{ ...verified, commit: 'HEAD' }, { ...verified, at: 'yesterday' }, { commit: 42, at: verified.at }, 'verified']) expect(verifiedOf(item('a', { verified: bad as never }))).toBeUndefined();
    expect(verifiedOf(item('a', { verified: { ...verified, remote: 'https://x\u001b[2J.com/a/b' } }))).toEqual({ commit: sha, at: verified.at });
    expect(verifiedOf(item('a', { verified: { ...verified, remote: `https://github.com/${'a'.repeat(600)}` } }))).toEqual({ commit: sha, at: verified.at });
  });
});

describe('the board', () => {
  it('counts verified ticks per member and links the latest commit', () => {
    const b = board();
    expect(b.rows.find((r) => r.name === '지민')!.verified).toEqual([{ id: 'git-mastery', text: 'Text of git-mastery', week: 1, ...verified, link: `https://github.com/jimin/iris-mlops/commit/${sha}` }]);
    expect(b.rows.find((r) => r.name === 'Alex')!.verified).toEqual([]);
    const text = renderGroup({ ...b, dir: '/g', today: '2026-12-08' }, { style: plainStyle(), columns: 100, m: messages('en'), cmd: (...a: string[]) => ['mlops-study', ...a].join(' ') });
    expect(text).toContain('2/3 66% ✔1');
    expect(text).toContain("지민: 1 tick verified by 지민's mlops-study, latest at 3f2c1a0 (2026-12-07)");
    expect(text).toContain(`https://github.com/jimin/iris-mlops/commit/${sha}`);
    expect(text).not.toMatch(/Alex: .*verified/);
    const ko = renderGroup({ ...b, dir: '/g', today: '2026-12-08' }, { style: plainStyle(), columns: 40, m: messages('ko'), cmd: (...a: string[]) => ['mlops-study', ...a].join(' ') });
    expect(ko.replace(/\s+/g, ' ')).toContain('지민: 지민의 mlops-study가 검증한 체크 1개, 최근 커밋 3f2c1a0 (2026-12-07)');
  });
});

describe('group --md', () => {
  it('lists verified ticks apart, with the commit link, and keeps their automatic evidence out of the evidence section', () => {
    const md = renderAgenda({ ...board(), dir: '/g', today: '2026-12-08' }, 'en');
    const verifiedSection = md.slice(md.indexOf('## Verified by mlops-study'), md.indexOf('## Evidence to present'));
    expect(verifiedSection).toContain(`- **지민**: Text of git-mastery \`git-mastery\` ✔ verified by 지민's mlops-study at [\`3f2c1a0\`](https://github.com/jimin/iris-mlops/commit/${sha})`);
    expect(verifiedSection).not.toContain('Alex');
    const evidence = md.slice(md.indexOf('## Evidence to present'));
    expect(evidence).toContain('Text of python-dev-env <https://github.com/jimin/iris-mlops/pull/2>');
    expect(evidence).not.toContain(`git:${sha}`);
    expect(md).toContain('| 지민 | 1/1 | `▅` | 2/3 (66%) | 1 |');
    expect(md).toContain('| Alex | 1/1 | `█` | 1/1 (100%) | – |');
  });
});

describe('export --format md', () => {
  it('marks a verified tick with its commit', () => {
    const md = renderSnapshotMarkdown(snapshot('지민', [item('git-mastery', { verified })]), 'ko');
    expect(md).toContain(`- [x] Text of git-mastery \`git-mastery\` ✔ [\`3f2c1a0\`](https://github.com/jimin/iris-mlops/commit/${sha})에서 검증됨`);
  });
});
