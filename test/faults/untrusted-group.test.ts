/**
 * Issue 14, cases 1, 3 and 6: a group repository is shared with everyone who
 * can push, so what another member committed is read as untrusted input.
 * Every test runs the built binary against real git repositories (a bare
 * repository and clones). On the code before issue 14, case 1 exited 0 and
 * overwrote the victim's progress file through the symlink, case 3 ended in
 * "unexpected error: Cannot read properties of undefined", and case 6
 * published the OS user name and failed a 90-character name with ENAMETOOLONG.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { userInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { memberFileName } from '../../src/group/snapshot.js';
import { AS_RUN, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { commitAndPush, gitIn, learner, NOW, sharedRepo } from '../helpers/group.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every file under `dir` (but the caches) with a hash of its content: what "nothing changed" means. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const rel = relative(dir, path);
      if (rel === 'cache' || rel.startsWith('.git')) continue;
      const stats = lstatSync(path);
      if (stats.isDirectory()) walk(path);
      else out[rel] = stats.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : `<${stats.isSymbolicLink() ? 'link' : 'other'}>`;
    }
  };
  walk(dir);
  return out;
}

/** Bob, who has synced once into a shared repository, and the clone of Eve, who can push there too. */
async function bobAndEve() {
  const repo = sharedRepo();
  const bob = await learner('Bob', '2026-12-01', ['git-mastery']);
  const bobClone = repo.clone('bob');
  await run(['init', '--group-dir', bobClone, '--yes'], { home: bob, env: NOW });
  const first = await run(['group', 'sync'], { home: bob, env: NOW });
  expect(first.code, first.stderr).toBe(0);
  const eve = repo.clone('eve');
  return { repo, bob, bobClone, eve };
}

describe('case 1: group sync never writes through what another member committed', () => {
  it('refuses a member file that is a symlink to the victim\'s progress file, which stays byte for byte', async () => {
    const { bob, bobClone, eve } = await bobAndEve();
    rmSync(join(eve, 'members', 'bob.json'));
    symlinkSync(relative(join(eve, 'members'), join(bob, 'config.json')), join(eve, 'members', 'bob.json'));
    commitAndPush(eve, 'point bob.json at his progress');
    await run(['check', 'dvc-install-basics'], { home: bob, env: NOW });
    const before = readFileSync(join(bob, 'config.json'));
    const head = gitIn(bobClone, 'rev-parse', 'HEAD');

    const r = await run(['group', 'sync'], { home: bob, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('members/bob.json is a symbolic link');
    expect(r.stderr).toContain('nothing was changed');
    expect(r.stderr).toContain('git rm members/bob.json');
    expect(r.stderr).not.toContain('unexpected error');
    expect(readFileSync(join(bob, 'config.json')).equals(before)).toBe(true);
    expect(gitIn(bobClone, 'rev-parse', 'HEAD')).toBe(head);
    expect(gitIn(bobClone, 'status', '--porcelain')).toBe('');
    const ko = await run(['group', 'sync', '--lang', 'ko'], { home: bob, env: NOW });
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain('심볼릭 링크');
    expect(readFileSync(join(bob, 'config.json')).equals(before)).toBe(true);
  }, 60_000);

  it('refuses a members/ directory that is a symlink out of the repository, and writes nothing there', async () => {
    const { bob, bobClone, eve } = await bobAndEve();
    const outside = tempDir('outside-');
    writeFileSync(join(outside, 'keep.txt'), 'mine\n');
    gitIn(eve, 'rm', '-q', '-r', 'members');
    symlinkSync(outside, join(eve, 'members'));
    commitAndPush(eve, 'members now lives elsewhere');
    const r = await run(['group', 'sync'], { home: bob, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('members/ in');
    expect(r.stderr).toContain('is a symbolic link');
    expect(readdirSync(outside)).toEqual(['keep.txt']);
    // The board reads nothing through it either, and says why (once the commit is pulled by hand).
    gitIn(bobClone, 'pull', '-q', 'origin', 'main');
    expect(lstatSync(join(bobClone, 'members')).isSymbolicLink()).toBe(true);
    const board = await run(['group'], { home: bob, env: { ...NOW, COLUMNS: '200' } });
    expect(board.code).toBe(0);
    expect(board.stdout).toMatch(/members\/: not read: it is a symbolic link/);
  }, 60_000);
});

/** A valid snapshot of the built-in course, from a learner's export. */
async function exported(name: string, ids: string[]): Promise<Record<string, any>> {
  const home = await learner(name, '2026-11-24', ids);
  return JSON.parse((await run(['export'], { home, env: NOW })).stdout);
}

describe('case 3: one malformed snapshot never takes the board down', () => {
  it('skips each bad file with its reason, shows everyone else, exits 0, in every format and both languages', async () => {
    const dir = tempDir();
    const members = join(dir, 'members');
    mkdirSync(members);
    const good = await exported('Alice', ['git-mastery']);
    writeFileSync(join(members, 'alice.json'), JSON.stringify(good));
    writeFileSync(join(members, 'carol.json'), JSON.stringify({ ...good, member: { name: 'Carol' } }));
    const variant = (file: string, change: (s: any) => void) => {
      const s = structuredClone(good);
      s.member.name = file;
      change(s);
      writeFileSync(join(members, `${file}.json`), JSON.stringify(s));
    };
    variant('no-overall', (s) => delete s.overall);
    variant('null-item', (s) => (s.weeks[0].items[0] = null));
    variant('evidence-text', (s) => (s.weeks[0].items[0].evidence = 'x'));
    variant('numeric-last-activity', (s) => (s.lastActivity = 20261208));
    variant('garbage-start', (s) => (s.startDate = 'garbage'));
    variant('done-over-total', (s) => (s.overall.done = 99));
    writeFileSync(join(members, 'not-json.json'), '{"snapshotVersion": 1,');
    writeFileSync(join(members, 'a-list.json'), '[]');
    symlinkSync('/nonexistent/snapshot.json', join(members, 'dangling.json'));
    symlinkSync('/proc/self/mem', join(members, 'proc-mem.json'));
    writeFileSync(join(members, 'huge.json'), '');
    truncateSync(join(members, 'huge.json'), 600 * 1024 * 1024); // sparse: no disk used
    mkdirSync(join(members, 'a-directory.json'));
    if (process.platform !== 'win32') execFileSync('mkfifo', [join(members, 'fifo.json')]);

    const expected: [string, RegExp][] = [
      ['no-overall', /field overall is missing/],
      ['null-item', /field weeks\[0\]\.items\[0\] should be an object/],
      ['evidence-text', /field weeks\[0\]\.items\[0\]\.evidence should be a list/],
      ['numeric-last-activity', /field lastActivity should be a date/],
      ['garbage-start', /field startDate should be a date/],
      ['done-over-total', /field overall\.done is more than the total/],
      ['not-json', /not JSON/],
      ['a-list', /not a snapshot/],
      ['dangling', /symbolic link \(to \/nonexistent\/snapshot\.json\)/],
      ['proc-mem', /symbolic link \(to \/proc\/self\/mem\)/],
      ['huge', /is 600\.0 MB; at most 1\.0 MB is read/],
      ['a-directory', /is a directory/],
      ...(process.platform !== 'win32' ? [['fifo', /named pipe \(FIFO\)/] as [string, RegExp]] : []),
    ];
    const home = tempDir();
    const env = { ...NOW, COLUMNS: '200' }; // one line per skipped file
    const board = await run(['group', dir], { home, env });
    expect(board.code, board.stderr).toBe(0);
    expect(board.stderr).toBe('');
    expect(board.stdout).toMatch(/Alice\s+3\/6/);
    expect(board.stdout).toMatch(/Carol\s+3\/6/);
    expect(board.stdout).not.toContain('NaN');
    expect(board.stdout).toContain(`Skipped ${expected.length} snapshots:`);
    for (const [file, reason] of expected) expect(board.stdout).toMatch(new RegExp(`members/${file}\\.json: .*${reason.source}`));

    const json = await run(['group', dir, '--json'], { home, env: NOW });
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.members.map((m: { name: string }) => m.name)).toEqual(['Alice', 'Carol']);
    expect(data.problems).toHaveLength(expected.length);
    expect(data.problems.find((p: { file: string }) => p.file === 'members/fifo.json')?.code ?? 'fifo').toBe('fifo');
    expect(data.problems.find((p: { file: string }) => p.file === 'members/huge.json').code).toBe('too-big');

    const md = await run(['group', dir, '--md'], { home, env: NOW });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Alice | 3/6 |');
    expect(md.stdout).toContain('## Snapshots that could not be read');

    const ko = await run(['group', dir, '--lang', 'ko'], { home, env });
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain(`건너뛴 스냅샷 ${expected.length}개:`);
    expect(ko.stdout).toContain('members/no-overall.json: 필드 overall: 없습니다');
    if (process.platform !== 'win32') expect(ko.stdout).toContain('members/fifo.json: 파일이 아니라 이름 있는 파이프(FIFO)입니다');
  }, 60_000);
});

describe('case 6: the name on the board is the learner\'s own choice', () => {
  it('without a name, sync and export stop with the init --name hint (exit 2) and publish nothing', async () => {
    const repo = sharedRepo();
    const home = await learner(undefined, '2026-12-01', ['git-mastery']);
    const clone = repo.clone('nameless');
    const sync = await run(['group', 'sync', clone], { home, env: NOW });
    expect(sync.code).toBe(2);
    expect(sync.stderr).toContain('group sync needs your name');
    expect(sync.stderr).toContain(`${AS_RUN} init --name`);
    expect(existsSync(join(clone, 'members'))).toBe(false);
    expect(gitIn(repo.bare, 'for-each-ref')).toBe('');
    for (const args of [['export'], ['export', '--format', 'md']]) {
      const r = await run(args, { home, env: NOW });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('export needs your name');
    }
    const ko = await run(['group', 'sync', clone, '--lang', 'ko'], { home, env: NOW });
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('이름이 필요합니다');
  }, 60_000);

  it('renaming moves the snapshot (git mv): no ghost of the old name stays on the board', async () => {
    const repo = sharedRepo();
    const home = await learner('Ji Min', '2026-12-01', ['git-mastery']);
    const clone = repo.clone('jimin');
    expect((await run(['group', 'sync', clone], { home, env: NOW })).code).toBe(0);
    await run(['init', '--name', 'Jimin Kim', '--yes'], { home, env: NOW });
    const r = await run(['group', 'sync', clone], { home, env: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('moved your snapshot ji-min.json → jimin-kim.json');
    expect(gitIn(repo.bare, 'ls-tree', '--name-only', 'main', 'members/').split('\n')).toEqual(['members/jimin-kim.json']);
    expect(gitIn(clone, 'show', '--stat', '--format=', 'HEAD', '-M')).toMatch(/members\/\{ji-min\.json => jimin-kim\.json\}/);
    const board = JSON.parse((await run(['group', clone, '--json'], { home, env: NOW })).stdout);
    expect(board.members.map((m: { name: string }) => m.name)).toEqual(['Jimin Kim']);
    expect(board.problems).toEqual([]);
  }, 60_000);

  it('a 90-character Korean name gets a bounded file name (it used to fail with ENAMETOOLONG), distinct from a similar one', async () => {
    const long = '가나다라마바사아자차'.repeat(9);
    const similar = `${'가나다라마바사아자차'.repeat(8)}카타파하거너더러머버`;
    // As a plain slug, the name would not fit in a file name (255 bytes on Linux and macOS).
    expect(Buffer.byteLength(`${long}.json`)).toBeGreaterThan(255);
    const repo = sharedRepo();
    for (const [name, who] of [[long, 'a'], [similar, 'b']] as const) {
      const home = await learner(name, '2026-12-01', ['git-mastery']);
      const r = await run(['group', 'sync', repo.clone(who)], { home, env: NOW });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('ENAMETOOLONG');
    }
    const files = gitIn(repo.bare, '-c', 'core.quotePath=false', 'ls-tree', '--name-only', 'main', 'members/').split('\n').map((f) => f.replace('members/', ''));
    expect(files).toHaveLength(2);
    for (const f of files) expect(Buffer.byteLength(f)).toBeLessThanOrEqual(100);
    const board = JSON.parse((await run(['group', join(repo.root, 'b'), '--json'], { env: NOW })).stdout);
    expect(board.members.map((m: { name: string }) => m.name).sort()).toEqual([long, similar].sort());
  }, 60_000);

  it('refuses a name with control characters or over 100 characters, in the learner\'s language', async () => {
    const home = tempDir();
    const control = await run(['init', '--name', 'Eve\u001b]0;owned\u0007', '--yes'], { home, env: NOW });
    expect(control.code).toBe(2);
    expect(control.stderr).toContain('--name cannot be used: a name cannot contain control or text-direction characters');
    expect(control.stderr).not.toMatch(RAW);
    const long = await run(['init', '--name', '가'.repeat(101), '--yes', '--lang', 'ko'], { home, env: NOW });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('이름은 100자까지입니다');
  });
});

let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

describe.skipIf(!hasTmux)('case 6 in a real terminal', () => {
  it('the first sync without a name asks for it, saves it, and moves what an older version published under the login name', async () => {
    const repo = sharedRepo();
    const clone = repo.clone('me');
    // Before issue 14, a sync without a name published the OS user name: that file is this learner's ghost.
    const user = userInfo().username;
    const ghost = await learner(user, '2026-12-01', ['git-mastery']);
    mkdirSync(join(clone, 'members'));
    writeFileSync(join(clone, 'members', memberFileName(user)), (await run(['export'], { home: ghost, env: NOW })).stdout);
    commitAndPush(clone, 'a snapshot published under the login name');
    const home = await learner(undefined, '2026-12-01', ['git-mastery']);
    await run(['init', '--group-dir', clone, '--yes'], { home, env: NOW });
    terminal = new Terminal(['group', 'sync', '--lang', 'ko'], { home, env: { ...NOW, NO_COLOR: '1' } });
    await terminal.waitFor('이름 (그룹 스냅샷에 표시)');
    terminal.type('Eve\u202eevil');
    terminal.send('Enter');
    await terminal.waitFor('텍스트 방향 문자');
    for (let i = 0; i < 8; i++) terminal.send('BSpace');
    terminal.type('지민');
    terminal.send('Enter');
    expect(await terminal.exitCode(30_000)).toBe(0);
    expect(terminal.screen()).toContain(`스냅샷을 옮김 ${memberFileName(user)} → 지민.json`);
    expect(readProgressFile(home).profile).toMatchObject({ name: '지민', memberFile: '지민.json' });
    expect(gitIn(repo.bare, '-c', 'core.quotePath=false', 'ls-tree', '--name-only', 'main', 'members/')).toBe('members/지민.json');
  }, 90_000);
});

describe('a hostile member in a real group repository', () => {
  it('changes nothing outside members/ and hides no one else from the board', async () => {
    const repo = sharedRepo();
    const alice = await learner('Alice', '2026-11-24', ['git-mastery', 'mlops-concepts-need', 'dvc-install-basics']);
    const bob = await learner('Bob', '2026-12-01', ['git-mastery']);
    for (const [home, who] of [[alice, 'alice'], [bob, 'bob']] as const) {
      const clone = repo.clone(who);
      await run(['init', '--group-dir', clone, '--yes'], { home, env: NOW });
      expect((await run(['group', 'sync'], { home, env: NOW })).code).toBe(0);
    }
    const bobClone = join(repo.root, 'bob');

    // Eve pushes everything she can think of.
    const eve = repo.clone('eve');
    const m = join(eve, 'members');
    const real = JSON.parse(readFileSync(join(m, 'alice.json'), 'utf8'));
    const payload = '\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u009b31m\u202eevil';
    writeFileSync(join(m, 'eve.json'), JSON.stringify({ ...real, member: { name: `Eve${payload}` }, lastActivity: null, weeks: real.weeks.map((w: any) => ({ ...w, title: `${w.title}${payload}`, items: w.items.map((i: any) => ({ ...i, text: `${i.text}${payload}`, evidence: [`https://e.x/${payload}`], note: payload })) })) }));
    // A copy of Alice with fake progress, in a file that sorts before hers.
    writeFileSync(join(m, 'aaa-alice.json'), JSON.stringify({ ...real, overall: { done: 43, total: 43 } }));
    symlinkSync(relative(m, join(bob, 'config.json')), join(m, 'bob-progress.json'));
    symlinkSync('/proc/self/mem', join(m, 'mem.json'));
    symlinkSync('/nonexistent', join(m, 'gone.json'));
    writeFileSync(join(m, 'big.json'), `{"pad": "${'x'.repeat(2 * 1024 * 1024)}"}`);
    writeFileSync(join(m, 'broken.json'), '{"snapshotVersion": 1, "member": {"name": "Mallory"}, "weeks": [null]}');
    commitAndPush(eve, 'eve was here');

    await run(['check', 'dvc-install-basics'], { home: bob, env: NOW }); // so that Bob has news to commit
    const sentinel = tempDir('sentinel-');
    writeFileSync(join(sentinel, 'notes.txt'), 'untouched\n');
    const before = { bob: tree(bob), sentinel: tree(sentinel), alice: tree(alice) };
    const sync = await run(['group', 'sync'], { home: bob, env: NOW });
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stdout).toContain('pulled 1 commit');
    // Bob's commit is his own file, nothing else; his home and everything outside the repository are as they were.
    expect(gitIn(bobClone, 'log', '-1', '--name-only', '--format=')).toBe('members/bob.json');
    expect(tree(bob)).toEqual(before.bob);
    expect(tree(sentinel)).toEqual(before.sentinel);
    expect(tree(alice)).toEqual(before.alice);
    expect(lstatSync(join(bobClone, 'members', 'bob-progress.json')).isSymbolicLink()).toBe(true);

    for (const lang of ['en', 'ko']) {
      for (const format of [[], ['--json'], ['--md']]) {
        const r = await run(['group', '--lang', lang, ...format], { home: bob, env: NOW });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).not.toMatch(RAW);
        expect(r.stderr).not.toMatch(RAW);
      }
    }
    const board = JSON.parse((await run(['group', '--json'], { home: bob, env: NOW })).stdout);
    const names = board.members.map((x: { name: string }) => x.name);
    expect(names).toContain('Alice');
    expect(names).toContain('Bob');
    expect(names).toContain(`Eve${payload}`); // as data: shown escaped on the screen, kept exact in JSON
    // The real Alice, with her real progress: the copy that sorts first is the one skipped.
    expect(board.members.find((x: { name: string }) => x.name === 'Alice')).toMatchObject({ file: 'members/alice.json', overall: { done: 3 } });
    const reasons = Object.fromEntries(board.problems.map((p: { file: string; code: string }) => [p.file, p.code]));
    expect(reasons, JSON.stringify(board.problems)).toEqual({
      'members/aaa-alice.json': 'duplicate',
      'members/bob-progress.json': 'symlink',
      'members/mem.json': 'symlink',
      'members/gone.json': 'symlink',
      'members/big.json': 'too-big',
      'members/broken.json': 'field',
    });
    const screen = (await run(['group'], { home: bob, env: NOW })).stdout;
    expect(screen).toContain('Eve\\u001b]52;c;cm0gLXJmIH4=\\u0007\\u001b[2J\\u009b31m\\u202eevil');
    expect(statSync(join(bob, 'config.json')).isFile()).toBe(true);
  }, 120_000);
});
