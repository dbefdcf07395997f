/**
 * A Korean run speaks Korean: every command's help, every usage error and
 * every runtime message we can reach, with --lang ko (and, for the errors
 * raised before a command runs, with a Korean profile or LANG=ko), holds no
 * English sentence (test/helpers/english.ts says what may stay English).
 *
 * This is the guard for new commands and messages: add a case to CASES (or a
 * command to HELP) for every message you add. Each case is data: the
 * arguments, how to set the home up, and the exit code it must end with.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, BIN, FIXTURES, ROOT, run, tempDir } from '../helpers/cli.js';
import { englishIn } from '../helpers/english.js';
import { ulimitPrefix } from '../helpers/faults.js';
import { buildProject, emptyProject } from '../helpers/projects.js';

const MINIMAL = join(FIXTURES, 'curricula', 'minimal');
const NOW = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: MINIMAL };

interface Case {
  name: string;
  /** Arguments after the program; `--lang ko` is added in front unless `lang` says otherwise. */
  args: (home: string, dir: string) => string[];
  /** Prepares the home (progress file) and a scratch directory. */
  setup?: (home: string, dir: string) => unknown;
  env?: Record<string, string | undefined>;
  input?: string;
  code: 0 | 1 | 2;
  /** How Korean is chosen: the flag (default), the profile, or the locale. */
  lang?: 'flag' | 'profile' | 'env';
  /** A non-zero exit that is a report (doctor, validate, verify), not an error message. */
  report?: true;
  /** Where it runs (default: the clone, as AS_RUN expects). */
  cwd?: (home: string, dir: string) => string;
  /** Runs it through another program first (a file-size limit). */
  prefix?: string[];
  /** Lines that show someone else's text (an imported guide's unit titles), not ours. */
  content?: RegExp;
}

/** import --dry-run's table of units: the guide's own titles. */
const UNIT_ROW = /^ {2}(?:\d+|부록) {2,}/;

const profile = (home: string, extra: object = {}) => writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { name: '지민', startDate: '2026-12-01', lang: 'ko', ...extra }, courses: {} }));
const damaged = (home: string) => writeFileSync(join(home, 'config.json'), '{"schemaVersion": 2, "courses": {');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const file = (dir: string, name: string, content: string | Buffer) => (writeFileSync(join(dir, name), content), join(dir, name));
/** The built-in curriculum, not the minimal fixture. */
const BUILTIN = { MLOPS_STUDY_CURRICULUM: undefined };
/** The minimal course with probes of every kind and Korean texts without English in them. */
const VERIFY_KO = { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'verify-ko') };
const commitAll = (dir: string, message: string) => (git(dir, 'add', '-A'), git(dir, 'commit', '-q', '-m', message));
/** A project that fails every probe of verify-ko's first item, each in its own way. */
function failingProject(dir: string) {
  git(dir, 'init', '-q', '-b', 'main');
  file(dir, 'README.md', '# 프로젝트\n');
  file(dir, 'secret.env', 'TOKEN=x\n');
  mkdirSync(join(dir, 'logs'));
  file(join(dir, 'logs'), 'a.log', 'x\n');
  file(dir, 'app.py', 'x = 1\n# TODO: 고치기\n');
  file(dir, 'big.txt', 'y'.repeat(1_200_000));
  mkdirSync(join(dir, 'folder'));
  file(dir, 'conf.yaml', 'a:\n  b: 2\n');
  file(dir, 'conf.json', '{"list": [1], "name": "y"}');
  file(dir, 'pyproject.toml', '[tool.x]\ny = 1\n');
  file(dir, 'bad.yaml', 'a: [\n');
  file(dir, 'Dockerfile', 'FROM python:3.11\nCMD python app.py\n');
  commitAll(dir, 'first');
}
/** A project that passes them all but one (data.csv is missing), some work left uncommitted. */
function passingProject(dir: string) {
  git(dir, 'init', '-q', '-b', 'main');
  file(dir, 'README.md', '# 프로젝트\n');
  file(dir, '.gitignore', '.env\ndata.csv\n');
  mkdirSync(join(dir, 'src'));
  file(join(dir, 'src'), 'a.py', 'import os\n');
  file(join(dir, 'src'), 'b.py', 'import sys\n');
  file(dir, 'app.py', 'import os\n');
  file(dir, 'big.txt', 'x\n');
  file(dir, 'folder', 'x\n');
  file(dir, 'conf.yaml', 'a:\n  b: 1\n  c: 2\n');
  file(dir, 'conf.json', '{"list": [1, 2, 3], "name": "xy"}');
  file(dir, 'pyproject.toml', '[project]\nname = "x"\n');
  file(dir, 'bad.yaml', 'a: 1\n');
  file(dir, 'nope.json', '{"a": 1}');
  file(dir, 'Dockerfile', 'FROM python:3.11 AS build\nRUN pip wheel .\nFROM python:3.11-slim\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["python", "app.py"]\n');
  file(dir, 'report.md', '# 보고서\n');
  commitAll(dir, 'first');
  for (let i = 2; i <= 8; i++) (file(dir, 'log.txt', String(i)), commitAll(dir, `commit ${i}`));
  git(dir, 'switch', '-q', '-c', 'feature');
  file(dir, 'feature.txt', 'x\n');
  commitAll(dir, 'feature');
  git(dir, 'switch', '-q', 'main');
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
  git(dir, 'branch', 'experiment');
  git(dir, 'tag', 'v1');
  git(dir, 'remote', 'add', 'origin', 'https://example.com/project.git');
  file(dir, 'a.txt', '아직 커밋하지 않음\n');
}
/** Moves a built project into the case's scratch directory. */
const project = (dir: string, built: string) => cpSync(built, dir, { recursive: true });
/** A lock directory whose owner.json names `pid` on `host`, its heartbeat `age` ms ago (negative: in the past). */
function lockOwnedBy(home: string, pid: number, host = hostname(), age = 0) {
  const lock = join(home, 'config.json.lock');
  mkdirSync(lock);
  writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid, host, token: 't', since: '2026-12-08T00:00:00Z' }));
  if (age) execFileSync('touch', ['-d', `@${Math.floor((Date.now() + age) / 1000)}`, lock]);
}
/** A progress file that is JSON, but not ours in places. */
const wrongShape = (home: string) =>
  void file(home, 'config.json', JSON.stringify({ schemaVersion: 2, extra: 1, profile: { name: 3, lang: 'fr', startDate: 'soon' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: 'x' }, 'second-item': { doneAt: '2026-12-01T00:00:00Z', by: 'hand' } }, cards: { q: {} }, sessions: [1] } } }));
/** first-item ticked with a note and an evidence link. */
const withEvidence = async (home: string) => {
  profile(home);
  await run(['check', 'first-item', '--note', '메모', '--evidence', 'https://github.com/org/repo/pull/12'], { home, env: NOW });
};
/** A group directory whose members/ holds one good snapshot and one of each kind that is skipped. */
async function skippedSnapshots(home: string, dir: string) {
  profile(home);
  const members = join(dir, 'members');
  mkdirSync(members);
  await run(['export', '-o', join(members, 'jimin.json')], { home, env: NOW });
  const good = JSON.parse(readFileSync(join(members, 'jimin.json'), 'utf8'));
  file(members, 'broken.json', '{');
  file(members, 'plain.json', '{"hello": 1}');
  file(members, 'newer.json', JSON.stringify({ ...good, snapshotVersion: 9 }));
  file(members, 'fields.json', JSON.stringify({ ...good, member: { ...good.member, name: 7 } }));
  file(members, 'other.json', JSON.stringify({ ...good, curriculum: { ...good.curriculum, id: 'other-course' } }));
  file(members, 'again.json', JSON.stringify(good));
  mkdirSync(join(members, 'folder.json'));
  symlinkSync('/etc/hostname', join(members, 'link.json'));
  execFileSync('mkfifo', [join(members, 'pipe.json')]);
}
/** A copy of the minimal curriculum broken in many ways: shapes, unions, probes, questions, references. */
function brokenCurriculum(dir: string) {
  cpSync(join(FIXTURES, 'curricula', 'minimal'), dir, { recursive: true });
  const week = join(dir, 'weeks', '01.yaml');
  const probes = [
    '    verify:',
    '      - { exists: /etc/passwd, message: { ko: 가, en: a } }',
    '      - { file: src/*.py, matches: "(a)\\\\1", message: { ko: 나, en: b } }',
    '      - { file: a.txt, matches: "(", message: { ko: 다, en: c } }',
    '      - { yaml: a.yaml, key: 3, message: { ko: 라, en: d } }',
    '      - { yaml: a.yaml, key: a, equals: 1, min: 2, message: { ko: 라, en: d } }',
    '      - { git: commits, path: x, message: { ko: 마, en: e } }',
    '      - { exists: a, file: b, message: { ko: 바, en: f } }',
    '      - { any: [{ any: [] }, { exists: "../x" }], message: { ko: 사, en: g } }',
    '      - 3',
  ].join('\n');
  writeFileSync(week, readFileSync(week, 'utf8').replace(/(\n  - id: first-item\n(?:    .*\n)*?)/, `$1${probes}\n`).replace('week: 1\n', 'week: 1\nlabel: 3\nsummary: [a]\n'));
  const course = join(dir, 'course.yaml');
  writeFileSync(course, `${readFileSync(course, 'utf8')}versions:\n  - { tool: git, package: "bad name!", version: v1, checked: 2026-02-30, source: "http://x" }\n`);
  file(join(dir, 'questions'), '02.yaml', 'questions:\n  - { id: q-x, topic: basics, type: essay, prompt: { ko: 가, en: a }, explanation: { ko: 가, en: a } }\n');
  file(join(dir, 'questions'), '03.yaml', 'questions:\n  - { id: q-y, topic: advanced, type: order, choices: [{ id: a, text: { ko: 가, en: a } }, { id: a, text: { ko: 나, en: b } }], answer: [a, z], prompt: { ko: 가, en: a }, explanation: { ko: 가, en: a } }\n');
  const week2 = join(dir, 'weeks', '02.yaml');
  writeFileSync(week2, readFileSync(week2, 'utf8').replace('    notes: { ko: "심화 노트", en: "Advanced notes" }\n', '    notes: { ko: "심화 노트", en: "Advanced notes" }\n    tools: [gti]\n'));
}

const CASES: Case[] = [
  // commander's usage errors
  { name: 'an unknown command with a suggestion', args: () => ['nxt'], code: 2 },
  { name: 'an unknown command', args: () => ['zzzz'], code: 2 },
  { name: 'an unknown option with a suggestion', args: () => ['next', '--jsn'], code: 2 },
  { name: 'an unknown option', args: () => ['status', '--zzzz'], code: 2 },
  { name: 'too many arguments', args: () => ['next', 'extra'], code: 2 },
  { name: 'too many arguments for show', args: () => ['show', 'basics', 'advanced'], code: 2 },
  { name: 'a missing argument (show)', args: () => ['show'], code: 2 },
  { name: 'a missing argument (search)', args: () => ['search'], code: 2 },
  { name: 'a missing argument (import)', args: () => ['import'], code: 2 },
  { name: 'a missing argument (new)', args: () => ['new'], code: 2 },
  { name: 'an option without its value', args: () => ['next', '--week'], code: 2 },
  { name: 'an invalid --lang, in a Korean locale', args: () => ['--lang', 'xx', 'next'], lang: 'env', code: 2 },
  { name: 'an invalid --lang, with a Korean profile', args: () => ['next', '--lang', 'fr'], lang: 'profile', code: 2 },
  { name: 'an unknown option, with a Korean profile', args: () => ['next', '--jsn'], lang: 'profile', code: 2 },
  { name: 'an unknown command, in a Korean locale', args: () => ['nxt'], lang: 'env', code: 2 },
  // --week, the same everywhere
  { name: 'next --week 9', args: () => ['next', '--week', '9'], code: 2 },
  { name: 'quiz --week 0', args: () => ['quiz', '--week', '0'], code: 2 },
  { name: 'check --week x', args: () => ['check', '--week', 'x'], code: 2 },
  { name: 'resources --week 99', args: () => ['resources', '--week', '99'], code: 2 },
  // check
  { name: 'check, an unknown ID with a suggestion', args: () => ['check', 'frist-item'], code: 2 },
  { name: 'check, unknown IDs', args: () => ['check', 'zzz', 'yyy'], code: 2 },
  { name: 'check without a terminal', args: () => ['check'], code: 2 },
  { name: 'check --evidence without IDs', args: () => ['check', '--evidence', 'x'], code: 2 },
  { name: 'check --evidence with --undo', args: () => ['check', 'first-item', '--evidence', 'x', '--undo'], code: 2 },
  { name: 'check --evidence empty', args: () => ['check', 'first-item', '--evidence', ' '], code: 2 },
  { name: 'check --evidence with a control character', args: () => ['check', 'first-item', '--evidence', 'a\u0007b'], code: 2 },
  { name: 'check --evidence too long', args: () => ['check', 'first-item', '--evidence', 'x'.repeat(501)], code: 2 },
  { name: 'check, done', args: () => ['check', 'first-item', '--note', '메모'], code: 0 },
  { name: 'check, already done and undone', args: () => ['check', 'first-item', 'second-item', '--undo'], setup: (home) => profile(home), code: 0 },
  // quiz
  { name: 'quiz without a terminal', args: () => ['quiz'], code: 2 },
  { name: 'quiz with two modes', args: () => ['quiz', '--all', '--due'], code: 2 },
  { name: 'quiz -n ten', args: () => ['quiz', '-n', 'ten'], code: 2 },
  { name: 'quiz --seed x', args: () => ['quiz', '--seed', 'x'], code: 2 },
  // show, search, tools
  { name: 'show, nothing by that name', args: () => ['show', 'nope'], code: 2 },
  { name: 'show, a near miss', args: () => ['show', 'basic'], code: 2 },
  { name: 'show, no such week', args: () => ['show', '9'], code: 2 },
  { name: 'show, a checklist item', args: () => ['show', 'first-item'], code: 2 },
  { name: 'show a topic', args: () => ['show', 'basics'], code: 0 },
  { name: 'show a week', args: () => ['show', '1'], code: 0 },
  { name: 'show a tool', args: () => ['show', 'git'], code: 0 },
  { name: 'search, empty words', args: () => ['search', ' '], code: 2 },
  { name: 'search, nothing found', args: () => ['search', '없는단어'], code: 0 },
  { name: 'search', args: () => ['search', '기초'], code: 0 },
  { name: 'tools, an unknown category', args: () => ['tools', '--category', 'zzz'], code: 2 },
  { name: 'tools', args: () => ['tools'], code: 0 },
  { name: 'resources', args: () => ['resources'], code: 0 },
  // the daily commands
  { name: 'next on the first run', args: () => ['next'], code: 0 },
  { name: 'next, week 2', args: () => ['next', '--week', '2'], setup: (home) => profile(home), code: 0 },
  { name: 'status', args: () => ['status'], setup: (home) => profile(home), code: 0 },
  { name: 'next, with a Korean profile only', args: () => ['next'], setup: (home) => profile(home), lang: 'profile', code: 0 },
  { name: 'validate', args: () => ['validate', MINIMAL], code: 0 },
  // init
  { name: 'init with flags', args: () => ['init', '--name', '지민', '--yes'], env: { MLOPS_STUDY_GROUP_DIR: '/srv/group' }, code: 0 },
  { name: 'init, nothing changed', args: () => ['init', '--yes'], setup: (home) => profile(home), code: 0 },
  { name: 'init, an impossible date', args: () => ['init', '--start', '2026-02-30'], code: 2 },
  { name: 'init without a terminal or flags', args: () => ['init'], lang: 'env', code: 2 },
  // export
  { name: 'export, an unknown format', args: () => ['export', '--format', 'xml'], code: 2 },
  { name: 'export onto an existing file', args: (_h, dir) => ['export', '-o', join(dir, 'snap.json')], setup: (_h, dir) => void file(dir, 'snap.json', '{}'), code: 2 },
  { name: 'export as Markdown', args: () => ['export', '--format', 'md'], setup: (home) => profile(home), code: 0 },
  { name: 'export to a file', args: (_h, dir) => ['export', '-o', join(dir, 'new.json')], setup: (home) => profile(home), code: 0 },
  // group
  { name: 'group without a directory', args: () => ['group'], code: 2 },
  { name: 'group, a directory that does not exist', args: () => ['group', '/nonexistent/group'], code: 2 },
  { name: 'group --json --md', args: (_h, dir) => ['group', dir, '--json', '--md'], code: 2 },
  { name: 'group, no snapshots', args: (_h, dir) => ['group', dir], code: 0 },
  {
    name: 'group, a board',
    args: (_h, dir) => ['group', dir],
    setup: async (home, dir) => {
      profile(home);
      mkdirSync(join(dir, 'members'));
      await run(['export', '-o', join(dir, 'members', 'jimin.json')], { home, env: NOW });
    },
    code: 0,
  },
  { name: 'group sync, not a git working copy', args: (_h, dir) => ['group', 'sync', dir], setup: (home) => profile(home), code: 2 },
  {
    name: 'group sync, uncommitted changes',
    args: (_h, dir) => ['group', 'sync', dir],
    setup: (home, dir) => {
      profile(home);
      git(dir, 'init', '-q', '-b', 'main');
      file(dir, 'a.txt', 'a');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'a');
      file(dir, 'a.txt', 'b');
    },
    code: 1,
  },
  {
    name: 'group sync, no remote',
    args: (_h, dir) => ['group', 'sync', dir],
    setup: (home, dir) => {
      profile(home);
      git(dir, 'init', '-q', '-b', 'main');
    },
    code: 1,
  },
  {
    name: 'group sync, locally',
    args: (_h, dir) => ['group', 'sync', dir, '--no-push'],
    setup: (home, dir) => {
      profile(home);
      git(dir, 'init', '-q', '-b', 'main');
    },
    env: { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    code: 0,
  },
  {
    name: 'group sync, a remote that cannot be reached',
    args: (_h, dir) => ['group', 'sync', dir],
    setup: (home, dir) => {
      profile(home);
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'remote', 'add', 'origin', join(dir, 'no-such-remote.git'));
    },
    code: 1,
  },
  // import and new
  { name: 'import, no such file', args: () => ['import', '/nonexistent/guide.md'], code: 2 },
  { name: 'import, a directory', args: (_h, dir) => ['import', dir], code: 2 },
  { name: 'import, an empty file', args: (_h, dir) => ['import', join(dir, 'empty.md')], setup: (_h, dir) => void file(dir, 'empty.md', '\n'), code: 1 },
  { name: 'import, a binary file', args: (_h, dir) => ['import', join(dir, 'b.md')], setup: (_h, dir) => void file(dir, 'b.md', Buffer.from([0x23, 0, 1, 2])), code: 1 },
  { name: 'import, not UTF-8', args: (_h, dir) => ['import', join(dir, 'l.md')], setup: (_h, dir) => void file(dir, 'l.md', Buffer.from('# caf\xe9\n', 'latin1')), code: 1 },
  {
    name: 'import, onto a curriculum',
    args: (_h, dir) => ['import', join(FIXTURES, 'guides', 'week-headings.md'), '-o', dir],
    setup: (_h, dir) => void file(dir, 'course.yaml', 'x'),
    code: 2,
  },
  { name: 'import, the report', args: (_h, dir) => ['import', join(FIXTURES, 'guides', 'week-headings.md'), '-o', join(dir, 'c')], code: 0 },
  { name: 'new, a directory that is not empty', args: (_h, dir) => ['new', dir], setup: (_h, dir) => void file(dir, 'x', 'x'), code: 2 },
  { name: 'new', args: (_h, dir) => ['new', join(dir, 'my-course')], code: 0 },
  // names and dates (issue 14)
  { name: 'init --name with a control character', args: () => ['init', '--name', 'a\u0007b'], code: 2 },
  { name: 'init --start far away', args: () => ['init', '--start', '1999-01-01'], code: 2 },
  { name: 'export without a name', args: () => ['export'], setup: (home) => writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { startDate: '2026-12-01' }, courses: {} })), code: 2 },
  { name: 'a progress file that is a directory', args: () => ['next'], setup: (home) => mkdirSync(join(home, 'config.json')), code: 1 },
  // the progress file, the curriculum, the clock
  { name: 'a damaged progress file', args: () => ['next'], setup: damaged, code: 1 },
  { name: 'a damaged progress file, in a Korean locale', args: () => ['status'], setup: damaged, lang: 'env', code: 1 },
  { name: 'config repair without a terminal', args: () => ['config', 'repair'], setup: damaged, code: 2 },
  { name: 'config repair', args: () => ['config', 'repair', '--yes'], setup: damaged, code: 0 },
  { name: 'config repair, a healthy file', args: () => ['config', 'repair', '--yes'], setup: (home) => profile(home), code: 0 },
  { name: 'config repair, no file yet', args: () => ['config', 'repair', '--yes'], code: 0 },
  { name: 'a curriculum directory that does not exist', args: () => ['next'], env: { MLOPS_STUDY_CURRICULUM: '/nonexistent/curriculum' }, code: 1 },
  { name: 'a directory that is not a curriculum', args: (_h, dir) => ['next', '--curriculum', dir], code: 1 },
  { name: 'MLOPS_STUDY_NOW that is not a date', args: () => ['next'], env: { MLOPS_STUDY_NOW: 'soon' }, lang: 'env', code: 2 },
  // doctor
  { name: 'doctor', args: () => ['doctor'], setup: (home) => profile(home), code: 0 },
  { name: 'doctor, a damaged file and a stale lock', args: () => ['doctor'], setup: (home) => (damaged(home), mkdirSync(join(home, 'config.json.lock'))), env: { MLOPS_STUDY_NOW: '2030-01-01T00:00:00Z' }, code: 1, report: true },
  {
    name: 'doctor, orphaned items and a broken curriculum',
    args: () => ['doctor'],
    setup: (home) => writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { lang: 'ko' }, courses: { 'tiny-course': { items: { 'gone-item': { doneAt: '2026-11-01T00:00:00Z' } } } } })),
    code: 0,
  },
  { name: 'doctor, a curriculum that does not validate', args: () => ['doctor'], env: { MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'unknown-field') }, code: 1, report: true },
  // the learning loop (issue 17)
  { name: 'status on the first run (the start date notice)', args: () => ['status'], code: 0 },
  { name: 'show a topic, marked read', args: () => ['show', 'basics'], setup: (home) => profile(home), code: 0 },
  { name: 'show a topic read before', args: () => ['show', 'basics'], setup: async (home) => (profile(home), void (await run(['show', 'basics'], { home, env: NOW }))), code: 0 },
  { name: 'show a topic, --no-mark', args: () => ['show', 'advanced', '--no-mark'], setup: (home) => profile(home), code: 0 },
  { name: 'read', args: () => ['read', 'basics', 'advanced'], setup: (home) => profile(home), code: 0 },
  { name: 'read --undo of a topic never read', args: () => ['read', 'basics', '--undo'], setup: (home) => profile(home), code: 0 },
  { name: 'read, a near miss', args: () => ['read', 'basic'], code: 2 },
  { name: 'read, an unknown topic', args: () => ['read', 'zzzz'], code: 2 },
  { name: 'check an item of a week not reached yet, without a terminal', args: () => ['check', 'third-item'], code: 0 },
  { name: 'check ID --week of another week', args: () => ['check', 'first-item', '--week', '2'], setup: (home) => profile(home), code: 2 },
  { name: 'next with a topic read', args: () => ['next'], setup: async (home) => (profile(home), void (await run(['show', 'advanced'], { home, env: NOW }))), code: 0 },
  // bare program without a terminal: the help
  { name: 'the program alone', args: () => [], code: 0 },
  // shell completion and the one-line status (issue 20)
  { name: 'status --short', args: () => ['status', '--short'], setup: (home) => profile(home), code: 0 },
  { name: 'status --short, in a Korean locale', args: () => ['status', '--short'], lang: 'env', code: 0 },
  { name: 'status --short with --json', args: () => ['status', '--short', '--json'], code: 2 },
  { name: 'completion for an unknown shell', args: () => ['completion', 'tcsh'], code: 2 },
  // (a shell calls `mlops-study __complete <words…>`: no --lang in front)
  { name: '__complete, item descriptions, in a Korean locale', args: () => ['__complete', 'check', ''], lang: 'env', code: 0 },
  { name: '__complete, command descriptions with a Korean profile', args: () => ['__complete', ''], setup: (home) => profile(home), lang: 'profile', code: 0 },
  // issue 20: Anki and the group page
  { name: 'export --format anki to a file', args: (_h, dir) => ['export', '--format', 'anki', '-o', join(dir, 'deck.anki.txt')], code: 0 },
  { name: 'export to a .anki.txt file, one week', args: (_h, dir) => ['export', '-o', join(dir, 'week.anki.txt'), '--week', '2'], code: 0 },
  { name: 'export --week without --format anki', args: (_h, dir) => ['export', '--week', '2', '-o', join(dir, 'x.json')], code: 2 },
  { name: 'export --format anki --week 9', args: () => ['export', '--format', 'anki', '--week', '9'], code: 2 },
  { name: 'export, an unknown format', args: () => ['export', '--format', 'apkg'], code: 2 },
  {
    name: 'export --format anki, a curriculum without questions',
    args: (_h, dir) => ['export', '--format', 'anki', '--curriculum', join(dir, 'course')],
    setup: (_h, dir) => {
      cpSync(MINIMAL, join(dir, 'course'), { recursive: true });
      rmSync(join(dir, 'course', 'questions'), { recursive: true });
    },
    code: 1,
  },
  { name: 'group --html', args: (_h, dir) => ['group', dir, '--html', join(dir, 'page.html')], code: 0 },
  { name: 'group --html over an existing page', args: (_h, dir) => ['group', dir, '--html', join(dir, 'page.html')], setup: (_h, dir) => void file(dir, 'page.html', 'old'), code: 2 },
  { name: 'group --html with --md', args: (_h, dir) => ['group', dir, '--html', join(dir, 'page.html'), '--md'], code: 2 },
  // ——— issue 15 part 2 ———
  // validate: every located problem, in Korean (zod's and yaml's English never shows)
  ...['yaml-syntax', 'duplicate-id', 'missing-translation', 'unknown-field', 'wrong-type', 'broken-reference', 'week-gap', 'invalid-utf8', 'control-chars', 'bad-answer', 'alias-bomb'].map(
    (fixture): Case => ({ name: `validate, ${fixture}`, args: () => ['validate', join(FIXTURES, 'curricula', fixture)], code: 1, report: true }),
  ),
  { name: 'validate, many kinds of problem at once', args: (_h, dir) => ['validate', dir], setup: (_h, dir) => brokenCurriculum(dir), code: 1, report: true },
  { name: 'validate, a directory without course.yaml', args: (_h, dir) => ['validate', dir], code: 1, report: true },
  { name: 'next, with a curriculum that does not validate', args: () => ['next', '--curriculum', join(FIXTURES, 'curricula', 'bad-answer')], code: 1 },
  // import: the report's notes and skipped lines, dry runs, re-imports
  ...['lookalikes.md', 'formatted-tasks.md', 'week-table.md', 'plan-list.md', 'intro-text.md', 'emoji-headings.md', 'messy-crlf.md', 'no-weeks.md', 'ends-mid-list.md'].map(
    (guide): Case => ({ name: `import, ${guide}`, args: (_h, dir) => ['import', join(FIXTURES, 'guides', guide), '-o', join(dir, 'c')], code: 0 }),
  ),
  ...readdirSync(join(FIXTURES, 'guides', 'shapes'))
    .filter((g) => !/utf16|euc-kr/.test(g))
    .map((guide): Case => ({ name: `import --dry-run, shapes/${guide}`, args: (_h, dir) => ['import', join(FIXTURES, 'guides', 'shapes', guide), '-o', join(dir, 'c'), '--dry-run'], content: UNIT_ROW, code: 0 })),
  { name: 'import, EUC-KR', args: () => ['import', join(FIXTURES, 'guides', 'shapes', 'euc-kr.md')], code: 1 },
  { name: 'import, UTF-16 without a BOM', args: () => ['import', join(FIXTURES, 'guides', 'shapes', 'utf16-nobom.md')], code: 1 },
  {
    name: 'import again, with progress',
    args: (_h, dir) => ['import', join(FIXTURES, 'guides', 'shapes', 'progress-table.md'), '-o', join(dir, 'c'), '--force', '--with-progress'],
    setup: async (home, dir) => void (await run(['import', join(FIXTURES, 'guides', 'shapes', 'progress-table.md'), '-o', join(dir, 'c')], { home, env: NOW })),
    code: 0,
  },
  { name: 'import onto an earlier import without --force', args: (_h, dir) => ['import', join(FIXTURES, 'guides', 'week-headings.md'), '-o', join(dir, 'c')], setup: async (home, dir) => void (await run(['import', join(FIXTURES, 'guides', 'week-headings.md'), '-o', join(dir, 'c')], { home, env: NOW })), code: 2 },
  { name: 'import --weeks-from x', args: () => ['import', join(FIXTURES, 'guides', 'week-headings.md'), '--weeks-from', 'x'], code: 2 },
  // the store: a file-size limit, a lock that is not a directory, a newer file
  { name: 'check, a file-size limit (ulimit -f)', args: () => ['check', 'second-item', '--note', 'b'.repeat(3000)], setup: async (home) => void (await run(['check', 'first-item', '--note', 'a'.repeat(5000)], { home, env: NOW })), prefix: ulimitPrefix(7), code: 1 },
  { name: 'check, a lock that is a file', args: () => ['check', 'first-item'], setup: (home) => void file(home, 'config.json.lock', 'x'), code: 1 },
  { name: 'check, a progress file from a newer mlops-study', args: () => ['check', 'first-item'], setup: (home) => void file(home, 'config.json', JSON.stringify({ schemaVersion: 99, profile: {}, courses: {} })), code: 1 },
  { name: 'doctor, a lock that is a file', args: () => ['doctor'], setup: (home) => void file(home, 'config.json.lock', 'x'), code: 1, report: true },
  { name: 'doctor, a lock left by a process that is gone', args: () => ['doctor'], setup: (home) => lockOwnedBy(home, 999_999), code: 0 },
  { name: 'doctor, a lock from another computer gone silent', args: () => ['doctor'], setup: (home) => lockOwnedBy(home, 4242, 'elsewhere', -60_000), code: 0 },
  { name: 'doctor, a progress file that is a directory', args: () => ['doctor'], setup: (home) => mkdirSync(join(home, 'config.json')), code: 1, report: true },
  { name: 'doctor, an empty progress file', args: () => ['doctor'], setup: (home) => void file(home, 'config.json', ''), code: 1, report: true },
  { name: 'a progress file with NUL bytes', args: () => ['status'], setup: (home) => void file(home, 'config.json', Buffer.from('{"schemaVersion": 2,\u0000\u0000')), code: 1 },
  { name: 'a progress file of the wrong shape', args: () => ['next'], setup: wrongShape, code: 1 },
  { name: 'doctor, a progress file of the wrong shape', args: () => ['doctor'], setup: wrongShape, code: 1, report: true },
  { name: 'config repair, a file of the wrong shape', args: () => ['config', 'repair', '--yes'], setup: wrongShape, code: 0 },
  // notes and evidence kept and removed (issue 13)
  { name: 'check --undo keeps the note and evidence', args: () => ['check', 'first-item', '--undo'], setup: withEvidence, code: 0 },
  { name: 'check --clear-note and --remove-evidence', args: () => ['check', 'first-item', '--clear-note', '--remove-evidence', 'https://github.com/org/repo/pull/12'], setup: withEvidence, code: 0 },
  { name: 'check --clear-note without IDs', args: () => ['check', '--clear-note'], code: 2 },
  { name: 'check --remove-evidence without IDs', args: () => ['check', '--remove-evidence', 'x'], code: 2 },
  { name: 'check --clear-note with --note', args: () => ['check', 'first-item', '--clear-note', '--note', 'x'], code: 2 },
  { name: 'check, the same value to --evidence and --remove-evidence', args: () => ['check', 'first-item', '--evidence', 'x', '--remove-evidence', 'x'], code: 2 },
  { name: 'check --remove-evidence, no such evidence', args: () => ['check', 'first-item', '--remove-evidence', 'nope'], setup: withEvidence, code: 2 },
  // export -o: the safe output file (issue 13), Markdown from the extension (issue 15)
  { name: 'export -o a directory', args: (_h, dir) => ['export', '-o', dir], setup: (home) => profile(home), code: 2 },
  { name: 'export -o into a missing directory', args: (_h, dir) => ['export', '-o', join(dir, 'no', 'x.json')], setup: (home) => profile(home), code: 2 },
  { name: 'export -o a symbolic link', args: (_h, dir) => ['export', '-o', join(dir, 'link.json')], setup: (home, dir) => (profile(home), symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'))), code: 2 },
  { name: 'export -o the progress file', args: (home) => ['export', '-o', join(home, 'config.json'), '--force'], setup: (home) => profile(home), code: 2 },
  { name: 'export -o a link to a file', args: (_h, dir) => ['export', '-o', join(dir, 'link.json')], setup: (home, dir) => (profile(home), file(dir, 'target.json', '{}'), symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'))), code: 2 },
  { name: 'export -o below a file', args: (_h, dir) => ['export', '-o', join(dir, 'plain', 'x.json')], setup: (home, dir) => (profile(home), file(dir, 'plain', 'x')), code: 2 },
  { name: 'export -o a named pipe', args: (_h, dir) => ['export', '-o', join(dir, 'pipe'), '--force'], setup: (home, dir) => (profile(home), execFileSync('mkfifo', [join(dir, 'pipe')])), code: 2 },
  { name: 'export -o x.md', args: (_h, dir) => ['export', '-o', join(dir, 'x.md')], setup: (home) => profile(home), code: 0 },
  // group: the reasons a snapshot is skipped, on the board and in the agenda
  { name: 'group, snapshots it skips', args: (_h, dir) => ['group', dir], setup: skippedSnapshots, code: 0 },
  { name: 'group --md, snapshots it skips', args: (_h, dir) => ['group', dir, '--md'], setup: skippedSnapshots, code: 0 },
  { name: 'group, members/ is a file', args: (_h, dir) => ['group', dir], setup: (home, dir) => (profile(home), file(dir, 'members', 'x')), code: 0 },
  { name: 'group sync, a detached HEAD', args: (_h, dir) => ['group', 'sync', dir], setup: (home, dir) => (profile(home), git(dir, 'init', '-q', '-b', 'main'), file(dir, 'a.txt', 'a'), git(dir, 'add', '.'), git(dir, 'commit', '-q', '-m', 'a'), git(dir, 'checkout', '-q', '--detach')), code: 1 },
  { name: 'group sync without git', args: (_h, dir) => ['group', 'sync', dir], setup: (home) => profile(home), env: { PATH: '/nonexistent' }, code: 1 },
  { name: 'group sync without a name', args: (_h, dir) => ['group', 'sync', dir], setup: (home, dir) => (writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { startDate: '2026-12-01' }, courses: {} })), git(dir, 'init', '-q', '-b', 'main')), code: 2 },
  { name: 'group sync, members/ is a symbolic link', args: (_h, dir) => ['group', 'sync', dir, '--no-push'], setup: (home, dir) => (profile(home), git(dir, 'init', '-q', '-b', 'main'), symlinkSync('/tmp', join(dir, 'members')), git(dir, 'add', '-A'), git(dir, 'commit', '-q', '-m', 'link')), code: 1 },
  // verify (issue 18): every probe kind failing and passing (a fixture whose own texts are Korean), the built-in course, usage errors
  { name: 'verify, every kind of probe failing', args: (_h, dir) => ['verify', '--project', dir, '--week', '1'], setup: (home, dir) => (profile(home), failingProject(dir)), env: VERIFY_KO, code: 1, report: true },
  { name: 'verify, every kind of probe passing', args: (_h, dir) => ['verify', '--project', dir, '--week', '1'], setup: (home, dir) => (profile(home), passingProject(dir)), env: VERIFY_KO, code: 1, report: true },
  { name: 'verify --tick, with work not committed', args: (_h, dir) => ['verify', '--project', dir, '--week', '1', '--tick'], setup: (home, dir) => (profile(home), passingProject(dir)), env: VERIFY_KO, code: 1, report: true },
  { name: 'verify, no commits yet', args: (_h, dir) => ['verify', '--project', dir], setup: (home, dir) => (profile(home), git(dir, 'init', '-q', '-b', 'main')), env: VERIFY_KO, code: 1, report: true },
  { name: 'verify, a finished week 1 of the course', args: (_h, dir) => ['verify', '--project', dir, '--week', '1'], setup: (home, dir) => (profile(home), project(dir, buildProject(1))), env: BUILTIN, code: 0 },
  { name: 'verify --tick, a finished week 1 of the course', args: (_h, dir) => ['verify', '--project', dir, '--week', '1', '--tick'], setup: (home, dir) => (profile(home), project(dir, buildProject(1))), env: BUILTIN, code: 0 },
  { name: 'verify outside a project', args: () => ['verify'], setup: (home) => profile(home), cwd: (_h, dir) => dir, env: BUILTIN, code: 2 },
  { name: "verify in mlops-study's own clone", args: () => ['verify'], setup: (home) => profile(home), env: BUILTIN, code: 2 },
  { name: 'verify --project that does not exist', args: () => ['verify', '--project', '/nonexistent/project'], env: BUILTIN, code: 2 },
  { name: 'verify --week with --all', args: () => ['verify', '--week', '1', '--all'], env: BUILTIN, code: 2 },
];

/** Every command and subcommand, each with --help; `help` and `help next` too. */
const HELP = [[], ['next'], ['check'], ['status'], ['validate'], ['init'], ['show'], ['read'], ['tools'], ['resources'], ['search'], ['quiz'], ['config'], ['config', 'path'], ['config', 'repair'], ['export'], ['group'], ['group', 'sync'], ['import'], ['new'], ['doctor'], ['completion'], ['verify']];

async function korean(c: Case) {
  const home = tempDir();
  const dir = tempDir('korean-run-');
  await c.setup?.(home, dir);
  const lang = c.lang ?? 'flag';
  if (lang === 'profile') profileLangOnly(home);
  const args = c.args(home, dir);
  const r = await run(lang === 'flag' ? ['--lang', 'ko', ...args] : args, {
    home,
    env: { ...NOW, ...(lang === 'env' ? { LANG: 'ko_KR.UTF-8' } : {}), ...c.env },
    ...(c.cwd ? { cwd: c.cwd(home, dir) } : {}),
    ...(c.prefix ? { prefix: c.prefix } : {}),
  });
  return { ...r, dir, home };
}

/** A profile that says Korean in an English locale (keeps what the setup wrote). */
function profileLangOnly(home: string) {
  const path = join(home, 'config.json');
  let data: { profile?: object } = {};
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // no file yet
  }
  writeFileSync(path, JSON.stringify({ schemaVersion: 2, courses: {}, ...data, profile: { ...(data.profile ?? {}), lang: 'ko' } }));
}

describe('a Korean run has no English sentence', () => {
  it.each(HELP)('help: %j', async (...command) => {
    const r = await run(['--lang', 'ko', ...command, '--help'], { env: NOW });
    expect(r.code).toBe(0);
    expect(englishIn(r.stdout + r.stderr, { program: AS_RUN })).toEqual([]);
    expect(r.stdout).toMatch(/^사용법:/);
  });

  it('help: the help command', async () => {
    const r = await run(['--lang', 'ko', 'help', 'next'], { env: NOW });
    expect(englishIn(r.stdout + r.stderr, { program: AS_RUN })).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await korean(c);
    expect(r.code, r.stderr).toBe(c.code);
    const said = `${r.stdout}\n${r.stderr}`
      .split('\n')
      .filter((line) => !c.content?.test(line))
      .join('\n');
    expect(said.trim(), 'says something').not.toBe('');
    // Run from elsewhere, hints name the program by its absolute path.
    expect(englishIn(said, { program: c.cwd ? `node ${BIN}` : AS_RUN, allow: [r.dir, r.home] })).toEqual([]);
    if (c.code !== 0 && !c.report) expect(r.stderr).toMatch(/^mlops-study: /m);
  });

  it('validate: the located problems of a curriculum, in Korean, never zod\'s or yaml\'s English', async () => {
    const dir = tempDir('korean-run-');
    brokenCurriculum(dir);
    const ko = await run(['--lang', 'ko', 'validate', dir], { env: NOW });
    const en = await run(['--lang', 'en', 'validate', dir], { env: NOW });
    const json = await run(['--lang', 'ko', 'validate', dir, '--json'], { env: NOW });
    expect([ko.code, en.code]).toEqual([1, 1]);
    const located = (out: string) => out.split('\n').filter((l) => /^✘ \S+:\d+:\d+: /.test(l));
    // The same problems, one per line, in each language; the JSON keeps English and names each by code.
    const errors = JSON.parse(json.stdout).errors as { code: string; message: string }[];
    expect(located(ko.stdout)).toHaveLength(errors.length);
    expect(located(en.stdout)).toHaveLength(errors.length);
    expect(englishIn(ko.stdout, { program: AS_RUN, allow: [dir] })).toEqual([]);
    expect(ko.stdout).not.toMatch(/Invalid input|expected|received/i);
    expect(new Set(errors.map((e) => e.code))).toEqual(
      new Set(['glob', 'pattern', 'wrong-types', 'probe-predicates', 'git-path-only', 'probe-kinds', 'any-nested', 'probe-map', 'package-name', 'version-string', 'date', 'url', 'unknown-ref', 'question-type', 'choice-id-twice', 'order-answer', 'text-type']),
    );
    expect(ko.stdout).toContain('경로는 프로젝트 기준 상대 경로입니다');
    expect(ko.stdout).toContain('없는 도구: "gti" (혹시 "git"?)');
  });

  it("import: the report's notes and skipped lines, in Korean", async () => {
    const dir = tempDir('korean-run-');
    const r = await run(['--lang', 'ko', 'import', join(FIXTURES, 'guides', 'lookalikes.md'), '-o', join(dir, 'c')], { env: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^체크박스$/m);
    expect(r.stdout).toMatch(/체크박스처럼 보이는 \d+개는 항목이 아니라 본문으로 남김: [^]*\(\d+(–\d+)?행\)/);
    expect(r.stdout).toMatch(/\[✔️\] 표시가 된 목록 항목 1개를 체크리스트 항목으로 가져옴/);
    expect(englishIn(r.stdout + r.stderr, { program: AS_RUN, allow: [dir] })).toEqual([]);
  });

  it("the store's errors: a file-size limit, and a lock held too long by a live process", async () => {
    const home = tempDir();
    await run(['check', 'first-item', '--note', 'a'.repeat(5000)], { home, env: NOW });
    const limited = await run(['--lang', 'ko', 'check', 'second-item', '--note', 'b'.repeat(3000)], { home, env: NOW, prefix: ulimitPrefix(7) });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('파일이 이 셸의 파일 크기 제한(ulimit -f)보다 커집니다');
    expect(limited.stderr).toContain('ulimit -f unlimited');
    expect(englishIn(limited.stderr, { program: AS_RUN, allow: [home] })).toEqual([]);
    // A lock held by a process that is alive and never lets go: the writer gives up after its wait (30 s).
    const holder = spawn('sleep', ['600'], { stdio: 'ignore' });
    try {
      lockOwnedBy(home, holder.pid!);
      const busy = await run(['--lang', 'ko', 'check', 'second-item'], { home, env: NOW });
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(new RegExp(`mlops-study 프로세스 ${holder.pid}[이가] 30초 넘게 잠그고 있습니다`));
      expect(busy.stderr).toContain(`kill ${holder.pid}`);
      expect(englishIn(busy.stderr, { program: AS_RUN, allow: [home] })).toEqual([]);
    } finally {
      holder.kill();
    }
  });

  it('group: the reasons a snapshot is skipped, on the board and in the agenda', async () => {
    const home = tempDir();
    const dir = tempDir('korean-run-');
    await skippedSnapshots(home, dir);
    for (const args of [['group', dir], ['group', dir, '--md']]) {
      const r = await run(['--lang', 'ko', ...args], { home, env: NOW });
      expect(r.code, r.stderr).toBe(0);
      // One line for each file skipped, saying why.
      for (const name of ['broken', 'plain', 'newer', 'fields', 'other', 'jimin', 'folder', 'link', 'pipe']) expect(r.stdout).toMatch(new RegExp(`members/${name}\\.json\\W*: \\S`));
      expect(englishIn(r.stdout + r.stderr, { program: AS_RUN, allow: [dir, home] })).toEqual([]);
    }
  });
});

describe('the English detector', () => {
  it('finds English sentences and lets Korean with names, commands, IDs and paths through', () => {
    const found = (text: string) => englishIn(text, { program: AS_RUN });
    expect(found('mlops-study: unknown option --jsn')).toHaveLength(1);
    expect(found('Usage: node bin/mlops-study.js next')).toHaveLength(1);
    expect(found('  ✔ lock: not locked')).toHaveLength(1);
    expect(found('hint: Did you mean next?')).toHaveLength(1);
    expect(found(`도움말: 혹시 이것인가요? ${AS_RUN} check first-item --note "branch + PR flow"`)).toEqual([]);
    expect(found('  ✔ 검사: tiny-course 0.1.0: 2주, 항목 3개 (/work/x/test/fixtures/curricula/minimal)')).toEqual([]);
    expect(found('MLflow와 DVC로 Great Expectations 검사를 실행합니다 (git: Could not read from remote repository.)')).toEqual([]);
    // Lists of values, maps written as code and the engine's own words are data; a list with glue words is a sentence.
    expect(found('검사에는 다음 중 하나가 필요합니다: exists, absent, file')).toEqual([]);
    expect(found('"verified"가 { commit, at, remote } 형식이 아닙니다')).toEqual([]);
    expect(found('올바른 정규 표현식이 아닙니다 (JavaScript: Unterminated group)')).toEqual([]);
    expect(found('목록: install it, then run')).toHaveLength(1);
  });
});
