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
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, FIXTURES, run, tempDir } from '../helpers/cli.js';
import { englishIn } from '../helpers/english.js';

const MINIMAL = join(FIXTURES, 'curricula', 'minimal');
const NOW = { MLOPS_STUDY_NOW: '2026-12-08T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: MINIMAL };

interface Case {
  name: string;
  /** Arguments after the program; `--lang ko` is added in front unless `lang` says otherwise. */
  args: (home: string, dir: string) => string[];
  /** Prepares the home (progress file) and a scratch directory. */
  setup?: (home: string, dir: string) => void | Promise<void>;
  env?: Record<string, string | undefined>;
  input?: string;
  code: 0 | 1 | 2;
  /** How Korean is chosen: the flag (default), the profile, or the locale. */
  lang?: 'flag' | 'profile' | 'env';
  /** A non-zero exit that is a report (doctor), not an error message. */
  report?: true;
}

const profile = (home: string, extra: object = {}) => writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { name: '지민', startDate: '2026-12-01', lang: 'ko', ...extra }, courses: {} }));
const damaged = (home: string) => writeFileSync(join(home, 'config.json'), '{"schemaVersion": 2, "courses": {');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const file = (dir: string, name: string, content: string | Buffer) => (writeFileSync(join(dir, name), content), join(dir, name));

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
];

/** Every command and subcommand, each with --help; `help` and `help next` too. */
const HELP = [[], ['next'], ['check'], ['status'], ['validate'], ['init'], ['show'], ['read'], ['tools'], ['resources'], ['search'], ['quiz'], ['config'], ['config', 'path'], ['config', 'repair'], ['export'], ['group'], ['group', 'sync'], ['import'], ['new'], ['doctor'], ['completion']];

async function korean(c: Case) {
  const home = tempDir();
  const dir = tempDir('korean-run-');
  await c.setup?.(home, dir);
  const lang = c.lang ?? 'flag';
  if (lang === 'profile') profileLangOnly(home);
  const args = c.args(home, dir);
  const r = await run(lang === 'flag' ? ['--lang', 'ko', ...args] : args, { home, env: { ...NOW, ...(lang === 'env' ? { LANG: 'ko_KR.UTF-8' } : {}), ...c.env } });
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
    const said = `${r.stdout}\n${r.stderr}`;
    expect(said.trim(), 'says something').not.toBe('');
    expect(englishIn(said, { program: AS_RUN, allow: [r.dir, r.home] })).toEqual([]);
    if (c.code !== 0 && !c.report) expect(r.stderr).toMatch(/^mlops-study: /m);
  });

  // Part 2 of issue 15: messages that live in code other helpers are rewriting now.
  it.todo('validate: the located problems of a curriculum (zod and cross-check messages; issue 14 rewrites the loader)');
  it.todo("import: the report's notes and skipped lines (issue 19 rewrites src/import)");
  it.todo("the store's errors: a lock held too long, a full disk (issue 13 rewrites src/progress/store.ts)");
  it.todo("group: the reasons a snapshot is skipped (issue 14 rewrites src/group/snapshot.ts)");
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
  });
});
