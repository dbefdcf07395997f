/** The group board from snapshots: pure, table-driven. */
import { describe, expect, it } from 'vitest';
import { buildBoard, type SkipReason } from '../../src/group/board.js';
import { memberFileName, SNAPSHOT_VERSION, type Snapshot } from '../../src/group/snapshot.js';
import { parseSnapshot } from '../../src/group/snapshot-schema.js';
import { miniBar } from '../../src/commands/group/render.js';
import { messages } from '../../src/i18n/messages.js';

const parse = parseSnapshot;
const say = (r: SkipReason) => messages('en').skipReason(r);

function snapshot(name: string, startDate: string, done: number[], extra: Partial<Snapshot> = {}): Snapshot {
  const weeks = done.map((d, i) => ({ week: i + 1, title: `Week ${i + 1}`, done: d, total: 4, items: Array.from({ length: 4 }, (_, j) => ({ id: `w${i + 1}-${j}`, text: `Item ${j}`, done: j < d, doneAt: j < d ? '2026-12-01T00:00:00.000Z' : null, evidence: [] })), quiz: { answered: 0, accuracy: null } }));
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    exportedAt: '2026-12-08T00:00:00.000Z',
    tool: { name: 'mlops-study', version: '0.1.0' },
    member: { name },
    curriculum: { id: 'mlops-study', version: '1.0.0', title: 'MLOps', weekCount: weeks.length },
    language: 'en',
    startDate,
    currentWeek: 1,
    status: 'in-progress',
    overall: { done: done.reduce((a, b) => a + b, 0), total: weeks.length * 4 },
    weeks,
    quiz: { seen: 0, answered: 0, accuracy: null, due: 0 },
    streak: 2,
    lastActivity: '2026-12-07',
    ...extra,
  };
}

const file = (name: string, data: unknown) => ({ file: `members/${name}.json`, text: typeof data === 'string' ? data : JSON.stringify(data) });

describe('buildBoard', () => {
  it('shows every good member, as of today, and who is behind by how much', () => {
    const board = buildBoard(
      [file('jimin', snapshot('지민', '2026-11-24', [4, 4, 1, 0, 0, 0])), file('alex', snapshot('Alex', '2026-11-24', [4, 1, 0, 0, 0, 0])), file('sam', snapshot('Sam', '2026-11-24', [2, 0, 0, 0, 0, 0]))],
      { curriculumId: 'mlops-study', today: '2026-12-08', parse },
    );
    expect(board.problems).toEqual([]);
    expect(board.rows.map((r) => [r.name, r.currentWeek, r.behind])).toEqual([
      ['지민', 3, 0],
      ['Alex', 3, 1],
      ['Sam', 3, 2],
    ]);
  });

  it.each([
    ['not JSON', '{"snapshotVersion": 1,', /not JSON/],
    ['another curriculum', snapshot('Bo', '2026-11-24', [0], { curriculum: { id: 'k8s-study', version: '1', title: 'K8s', weekCount: 1 } }), /another curriculum \("k8s-study", not "mlops-study"\)/],
    ['a newer snapshotVersion', { ...snapshot('Bo', '2026-11-24', [0]), snapshotVersion: 2 }, /snapshotVersion 2 is newer/],
    ['no member', { ...snapshot('Bo', '2026-11-24', [0]), member: {} }, /field member\.name is missing/],
    ['a list', [], /not a snapshot/],
  ])('skips a snapshot that is %s, with its reason, and keeps the others', (_name, data, reason) => {
    const board = buildBoard([file('ok', snapshot('Ok', '2026-11-24', [1])), file('bad', data)], { curriculumId: 'mlops-study', today: '2026-12-01', parse });
    expect(board.rows.map((r) => r.name)).toEqual(['Ok']);
    expect(board.problems.map((p) => [p.file, say(p.reason)])).toEqual([['members/bad.json', expect.stringMatching(reason)]]);
  });

  it('skips a duplicate member', () => {
    const board = buildBoard([file('a', snapshot('Jimin', '2026-11-24', [1])), file('b', snapshot('jimin ', '2026-11-24', [2]))], { curriculumId: 'mlops-study', today: '2026-12-01', parse });
    expect(board.rows).toHaveLength(1);
    expect(say(board.problems[0]!.reason)).toBe('duplicate member "jimin " (also in members/a.json)');
  });
});

describe('snapshots', () => {
  it('accept their own shape and refuse a newer version before judging the shape', () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot('A', '2026-11-24', [1])))).ok).toBe(true);
    const newer = parseSnapshot({ snapshotVersion: 3 });
    expect(!newer.ok && say(newer.reason)).toContain('upgrade mlops-study');
  });

  it.each([
    ['지민', '지민.json'],
    ['Kim Ji-min', 'kim-ji-min.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['   ', 'member.json'],
  ])('names the member file of %j %j', (name, expected) => expect(memberFileName(name)).toBe(expected));

  it('draws one character per week', () => {
    expect(miniBar([{ done: 4, total: 4 }, { done: 2, total: 4 }, { done: 0, total: 4 }])).toBe('█▄·');
    expect(miniBar([{ done: 4, total: 4 }, { done: 2, total: 4 }, { done: 0, total: 4 }], false)).toBe('#+.');
  });
});
