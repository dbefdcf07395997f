/** export, group and group sync through the built binary, with real git and bare repositories. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { parseSnapshot } from '../../src/group/snapshot-schema.js';
import { ROOT, run, tempDir } from '../helpers/cli.js';

const now = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00' };
// The built-in course's checklist size, counted rather than written down, so that adding an item to a week changes no test.
const ITEMS = loadCurriculum(join(ROOT, 'curriculum')).weeks.reduce((n, w) => n + w.items.length, 0);
const gitIn = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();

async function learner(name: string, start: string, ids: string[], extra: string[] = []) {
  const home = tempDir();
  await run(['init', '--name', name, '--start', start, '--yes'], { home, env: now });
  if (ids.length) await run(['check', ...ids, ...extra], { home, env: now });
  return home;
}

function sharedRepo(): { bare: string; clone: (name: string) => string } {
  const root = tempDir('group-');
  const bare = join(root, 'origin.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  return { bare, clone: (name) => (execFileSync('git', ['clone', '-q', bare, join(root, name)], { stdio: 'ignore' }), join(root, name)) };
}

describe('export', () => {
  it('writes a snapshot that round-trips, with evidence, and needs --force to overwrite', async () => {
    const home = await learner('지민', '2026-12-01', ['mlops-concepts-need', 'dvc-install-basics'], ['--evidence', 'https://github.com/org/repo/pull/7']);
    const out = join(tempDir(), 'snap.json');
    expect((await run(['export', '-o', out], { home, env: now })).code).toBe(0);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    const checked = parseSnapshot(data);
    expect(checked.ok).toBe(true);
    expect(data).toMatchObject({ snapshotVersion: 1, member: { name: '지민' }, curriculum: { id: 'mlops-study', weekCount: 6 }, currentWeek: 2, overall: { done: 2, total: ITEMS }, streak: 1, lastActivity: '2026-12-08' });
    expect(data.weeks[1].items[0]).toMatchObject({ id: 'dvc-install-basics', done: true, evidence: ['https://github.com/org/repo/pull/7'] });
    const again = await run(['export', '-o', out], { home, env: now });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await run(['export', '-o', out, '--force'], { home, env: now })).code).toBe(0);
    const json = JSON.parse((await run(['export'], { home, env: now })).stdout);
    expect(json.member.name).toBe('지민');
  });

  it('writes Markdown to a file named .md, unless --format says otherwise', async () => {
    const home = await learner('Alex', '2026-12-01', ['dvc-install-basics']);
    const dir = tempDir();
    expect((await run(['export', '-o', join(dir, 'notes.md')], { home, env: now })).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toMatch(/^## Alex · MLOps Study Guide\n/);
    expect((await run(['export', '-o', join(dir, 'raw.md'), '--format', 'json'], { home, env: now })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'raw.md'), 'utf8')).member.name).toBe('Alex');
    expect((await run(['export', '-o', join(dir, 'snap.json')], { home, env: now })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'snap.json'), 'utf8')).snapshotVersion).toBe(1);
  });

  it('prints Markdown with task-list checkboxes and links', async () => {
    const home = await learner('Alex', '2026-12-01', ['dvc-install-basics'], ['--evidence', 'https://github.com/org/repo/pull/8']);
    const md = (await run(['export', '--format', 'md'], { home, env: now })).stdout;
    expect(md).toContain('## Alex · MLOps Study Guide');
    expect(md).toContain('- [x] Install DVC and learn its basic commands `dvc-install-basics`');
    expect(md).toContain('  - <https://github.com/org/repo/pull/8>');
    expect(md).toContain('- [ ] Design a data pipeline `data-pipeline-design`');
  });
});

describe('group', () => {
  it('shows a board of three members of whom one is broken, and the meeting agenda', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'members'));
    for (const [name, start, ids] of [['Jimin', '2026-11-24', ['mlops-concepts-need', 'git-mastery']], ['Alex', '2026-12-01', ['mlops-concepts-need']]] as const) {
      const home = await learner(name, start, [...ids]);
      await run(['export', '-o', join(dir, 'members', `${name.toLowerCase()}.json`)], { home, env: now });
    }
    writeFileSync(join(dir, 'members', 'sam.json'), '{"snapshotVersion": 1, "member": ');
    const home = tempDir();
    const r = await run(['group', dir], { home, env: now });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Jimin\\s+3/6\\s+\\S+\\s+2/${ITEMS} ${Math.floor((2 / ITEMS) * 100)}%`));
    expect(r.stdout).toMatch(/Alex\s+2\/6/);
    expect(r.stdout).toContain('Skipped 1 snapshot:');
    expect(r.stdout).toContain('members/sam.json: not JSON');
    const json = JSON.parse((await run(['group', dir, '--json'], { home, env: now })).stdout);
    expect(json.members.map((m: { name: string; behind: number }) => [m.name, m.behind])).toEqual([
      ['Jimin', 2],
      ['Alex', 1],
    ]);
    const md = (await run(['group', dir, '--md', '--lang', 'ko'], { home, env: now })).stdout;
    expect(md).toContain('# 주간 미팅 · 2026-12-08');
    expect(md).toContain('| Jimin | 3/6 |');
    expect(md).toContain('## 남은 항목 (이번 주까지)');
    expect(md).toContain('## 읽지 못한 스냅샷');
  });

  it('explains a missing group directory', async () => {
    const r = await run(['group'], { env: now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no group directory');
    expect(r.stderr).toContain('--group-dir');
  });
});

describe('group sync', () => {
  it('three learners sync in turn and everyone sees everyone', async () => {
    const repo = sharedRepo();
    const people = [
      ['Jimin', '2026-11-24', ['mlops-concepts-need', 'git-mastery', 'dvc-install-basics']],
      ['Alex', '2026-12-01', ['mlops-concepts-need']],
      ['Sam', '2026-12-01', []],
    ] as const;
    const homes: [string, string][] = [];
    for (const [name, start, ids] of people) {
      const home = await learner(name, start, [...ids]);
      const clone = repo.clone(name);
      await run(['init', '--group-dir', clone, '--yes'], { home, env: now });
      const r = await run(['group', 'sync'], { home, env: now });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('pushed to origin/main');
      homes.push([home, clone]);
    }
    // The first learner pulls the others on the next sync.
    const again = await run(['group', 'sync'], { home: homes[0]![0], env: now });
    expect(again.stdout).toContain('pulled 2 commits');
    for (const [home] of homes) {
      await run(['group', 'sync'], { home, env: now });
      const json = JSON.parse((await run(['group', '--json'], { home, env: now })).stdout);
      expect((await run(['group'], { home, env: now })).stdout).toContain('As of the last pull of this working copy');
      expect(json.members.map((m: { name: string; currentWeek: number; overall: { done: number } }) => [m.name, m.currentWeek, m.overall.done])).toEqual([
        ['Jimin', 3, 3],
        ['Alex', 2, 1],
        ['Sam', 2, 0],
      ]);
      expect(json.problems).toEqual([]);
    }
  }, 90_000); // a dozen git and CLI runs: slow on a loaded 2-core machine

  it('a rejected push leaves the working copy as it was', async () => {
    const repo = sharedRepo();
    const home = await learner('Jimin', '2026-12-01', ['git-mastery']);
    const clone = repo.clone('jimin');
    writeFileSync(join(repo.bare, 'hooks', 'pre-receive'), '#!/bin/sh\necho "pushes are closed for the weekend" >&2\nexit 1\n');
    chmodSync(join(repo.bare, 'hooks', 'pre-receive'), 0o755);
    const r = await run(['group', 'sync', clone], { home, env: now });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pushing to the group repository failed');
    expect(r.stderr).toContain('The working copy was put back as it was.');
    expect(existsSync(join(clone, 'members', 'jimin.json'))).toBe(false);
    expect(gitIn(clone, 'status', '--porcelain')).toBe('');
    expect(() => gitIn(clone, 'rev-parse', '--verify', '-q', 'HEAD')).toThrow();
  });

  it('takes the commits of someone who pushed between its pull and its push, and pushes again', async () => {
    const repo = sharedRepo();
    const a = repo.clone('a');
    const b = repo.clone('b');
    const home = await learner('Jimin', '2026-12-01', ['git-mastery']);
    // B has a commit ready; A's pre-push hook publishes it first, once, so A's own push is rejected.
    mkdirSync(join(b, 'members'), { recursive: true });
    writeFileSync(join(b, 'members', 'sam.json'), '{}\n');
    gitIn(b, 'add', '.');
    gitIn(b, 'commit', '-q', '-m', 'sam');
    const hook = join(a, '.git', 'hooks', 'pre-push');
    writeFileSync(hook, `#!/bin/sh\n[ -e "$0.done" ] && exit 0\ntouch "$0.done"\nenv -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE git -C "${b}" push -q origin HEAD:main >/dev/null 2>&1\nexit 0\n`);
    chmodSync(hook, 0o755);
    const r = await run(['group', 'sync', a], { home, env: now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/pulled 1 commit/);
    const remoteFiles = gitIn(a, 'ls-tree', '--name-only', 'origin/main', 'members/').split('\n');
    expect(remoteFiles.sort()).toEqual(['members/jimin.json', 'members/sam.json']);
  });

  it('pushes again, pulling each time, while the server answers "failed to update ref" twice in a row', async () => {
    const repo = sharedRepo();
    const a = repo.clone('a');
    const b = repo.clone('b');
    gitIn(b, 'commit', '-q', '--allow-empty', '-m', 'start');
    gitIn(b, 'push', '-q', 'origin', 'HEAD:main');
    gitIn(a, 'pull', '-q', 'origin', 'main');
    const home = await learner('Jimin', '2026-12-01', ['git-mastery']);
    // While A's push waits in pre-receive, another member (B) pushes: the server then
    // cannot move main from the value A saw and answers "failed to update ref". Twice.
    const counter = join(repo.bare, 'raced');
    const hook = join(repo.bare, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        'cat >/dev/null',
        `n=$(cat "${counter}" 2>/dev/null || echo 0)`,
        '[ "$n" -ge 2 ] && exit 0',
        `echo $((n + 1)) > "${counter}"`,
        `cd "${b}" || exit 1`,
        'unset GIT_DIR GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES GIT_PUSH_OPTION_COUNT',
        // The nested push runs this hook too: the counter lets it through.
        'git pull -q --rebase origin main >/dev/null 2>&1',
        'mkdir -p members && echo "{\"n\": $n}" > members/sam.json && git add members/sam.json',
        'git -c user.name=s -c user.email=s@s commit -q -m "sam $n" >/dev/null 2>&1',
        `saved=$(cat "${counter}"); echo 9 > "${counter}"`,
        'git push -q origin HEAD:main >/dev/null 2>&1',
        `echo $saved > "${counter}"`,
        'exit 0',
        '',
      ].join('\n'),
    );
    chmodSync(hook, 0o755);
    const r = await run(['group', 'sync', a], { home, env: now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('on try 3 (others pushed first)');
    expect(r.stdout).toMatch(/pulled 2 commits/);
    expect(readFileSync(counter, 'utf8').trim()).toBe('2');
    const remoteFiles = gitIn(a, 'ls-tree', '--name-only', 'origin/main', 'members/').split('\n');
    expect(remoteFiles.sort()).toEqual(['members/jimin.json', 'members/sam.json']);
    expect(gitIn(a, 'status', '--porcelain')).toBe('');
  });

  it('never writes over another member whose name makes the same file name: the second gets the next free one', async () => {
    const repo = sharedRepo();
    const first = await learner('Ji Min', '2026-12-01', ['git-mastery']);
    const second = await learner('ji-min', '2026-12-01', []);
    expect((await run(['group', 'sync', repo.clone('first')], { home: first, env: now })).code).toBe(0);
    const clone = repo.clone('second');
    const r = await run(['group', 'sync', clone], { home: second, env: now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('members/ji-min-2.json');
    expect(JSON.parse(readFileSync(join(clone, 'members', 'ji-min.json'), 'utf8')).member.name).toBe('Ji Min');
    expect(JSON.parse(readFileSync(join(clone, 'members', 'ji-min-2.json'), 'utf8')).member.name).toBe('ji-min');
    expect(gitIn(clone, 'status', '--porcelain')).toBe('');
    // The choice is recorded: the next sync writes the same file.
    expect(JSON.parse(readFileSync(join(second, 'config.json'), 'utf8')).profile.memberFile).toBe('ji-min-2.json');
    const board = JSON.parse((await run(['group', clone, '--json'], { home: second, env: now })).stdout);
    expect(board.members.map((m: { name: string }) => m.name).sort()).toEqual(['Ji Min', 'ji-min']);
  }, 60_000);

  it('a conflict while pulling leaves the working copy as it was', async () => {
    const repo = sharedRepo();
    const a = repo.clone('a');
    const b = repo.clone('b');
    mkdirSync(join(a, 'members'));
    writeFileSync(join(a, 'members', 'notes.md'), 'agenda v1\n');
    gitIn(a, 'add', '.');
    gitIn(a, 'commit', '-q', '-m', 'notes');
    gitIn(a, 'push', '-q', 'origin', 'HEAD:main');
    gitIn(b, 'pull', '-q', 'origin', 'main');
    writeFileSync(join(a, 'members', 'notes.md'), 'agenda from A\n');
    gitIn(a, 'commit', '-q', '-am', 'A edits');
    gitIn(a, 'push', '-q', 'origin', 'HEAD:main');
    writeFileSync(join(b, 'members', 'notes.md'), 'agenda from B\n');
    gitIn(b, 'commit', '-q', '-am', 'B edits');
    const before = gitIn(b, 'rev-parse', 'HEAD');
    const home = await learner('Bo', '2026-12-01', ['git-mastery']);
    const r = await run(['group', 'sync', b], { home, env: now });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pulling the group repository failed');
    expect(gitIn(b, 'rev-parse', 'HEAD')).toBe(before);
    expect(gitIn(b, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(b, 'members', 'notes.md'), 'utf8')).toBe('agenda from B\n');
    expect(existsSync(join(b, 'members', 'bo.json'))).toBe(false);
  });

  it('explains no git, no remote, not a working copy, and local changes', async () => {
    const home = await learner('Jimin', '2026-12-01', []);
    const plain = tempDir();
    expect((await run(['group', 'sync', plain], { home, env: now })).stderr).toContain('is not a git working copy');
    const local = tempDir();
    gitIn(local, 'init', '-q');
    const noRemote = await run(['group', 'sync', local], { home, env: now });
    expect(noRemote.code).toBe(1);
    expect(noRemote.stderr).toContain('has no remote');
    const ok = await run(['group', 'sync', local, '--no-push'], { home, env: now });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('not pushed');
    writeFileSync(join(local, 'members', 'jimin.json'), 'edited by hand');
    const dirty = await run(['group', 'sync', local, '--no-push'], { home, env: now });
    expect(dirty.stderr).toContain('has uncommitted changes');
    expect(readFileSync(join(local, 'members', 'jimin.json'), 'utf8')).toBe('edited by hand');
    const noGit = await run(['group', 'sync', local], { home, env: { ...now, PATH: tempDir() } });
    expect(noGit.code).toBe(1);
    expect(noGit.stderr).toContain('git is not installed');
  });
});
