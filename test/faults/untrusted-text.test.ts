/**
 * Issue 14, case 2 and the hostile-payload test: every text field of a
 * snapshot and of a curriculum carries ESC/OSC/CSI/C1/BEL/bidi characters,
 * and no byte of them reaches stdout or stderr of any command, in any format
 * (terminal, --json, --md), colour on or off, in both languages. Runs use
 * DEBUG=mlops-study, so the output guard names any text a renderer printed
 * without passing it through src/util/untrusted.ts: the per-field escaping
 * is tested, not only the last line of defence. (Before issue 14, `group`
 * printed snapshot fields raw and every command but `validate` printed
 * curriculum problems raw.)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir, type RunResult } from '../helpers/cli.js';
import { NOW } from '../helpers/group.js';

/** Clipboard write (OSC 52), clear screen, window title, one-byte CSI, other C1, BEL, bidi override and isolate, direction marks. */
const PAYLOAD = '\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u001b]0;owned\u001b\\\u009b31m\u0085\u0007\u202eevil\u2066x\u2069\u200f\u061c';
/** What a valid curriculum may hold in its texts: the loader refuses control characters, not bidi ones. */
const BIDI = '\u202ecod.exe\u202c\u2067x\u2069\u200e\u200f\u061c';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Our own colour codes, which FORCE_COLOR runs may contain. */
const SGR = /\u001b\[[0-9;]*m/g;

function expectClean(r: RunResult, what: string): void {
  for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    const match = RAW.exec(text.replace(SGR, ''));
    expect(match, `${what}: raw ${match ? JSON.stringify(match[0]) : ''} on ${stream}:\n${text.slice(0, 2000)}`).toBeNull();
  }
  expect(r.stderr, `${what}: a renderer printed unescaped text`).not.toContain('output guard escaped');
  expect(r.stderr, what).not.toContain('unexpected error');
}

// Fields that hold IDs, enums, numbers or web addresses: everything else is text.
// (`git` and `fact` are the enums of verify probes; their paths, keys and patterns stay poisoned: they may hold any character.)
const NOT_TEXT = new Set(['id', 'topic', 'project', 'category', 'aliases', 'tools', 'resources', 'answer', 'kind', 'source', 'type', 'languages', 'url', 'docs', 'formatVersion', 'week', 'weeks', 'tool', 'package', 'version', 'checked', 'duration', 'git', 'fact']);

/** Every text of a curriculum value with `payload` appended (and a key with it, when `inKeys`). */
function poison(value: unknown, payload: string, key = ''): unknown {
  if (NOT_TEXT.has(key)) return value;
  // `items` lists the item objects of a week, and the item IDs of a roadmap stage or checklist section.
  if (typeof value === 'string') return key === 'items' ? value : `${value}${payload}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload, ['ko', 'en'].includes(k) ? key : k)]));
  return value;
}

/** The built-in curriculum with `payload` in every text field. */
function poisonedCurriculum(payload: string, extra: (dir: string) => void = () => undefined): string {
  const dir = tempDir('poisoned-');
  for (const sub of ['', 'weeks', 'questions']) {
    mkdirSync(join(dir, sub), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'curriculum', sub)).filter((n) => n.endsWith('.yaml'))) {
      const data = parse(readFileSync(join(ROOT, 'curriculum', sub, name), 'utf8'));
      writeFileSync(join(dir, sub, name), stringify(poison(data, payload)));
    }
  }
  extra(dir);
  return dir;
}

const LANGS = ['en', 'ko'] as const;

describe('a curriculum whose every text carries bidi characters (valid: the loader accepts them in text)', () => {
  it('never shows them raw, in any command, format or language', async () => {
    const curriculum = poisonedCurriculum(BIDI);
    const home = tempDir();
    const env = { ...NOW, MLOPS_STUDY_CURRICULUM: curriculum, DEBUG: 'mlops-study' };
    const first = await run(['validate', curriculum], { home, env });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    await run(['init', '--name', 'Tester', '--start', '2026-11-24', '--yes'], { home, env });
    await run(['check', 'git-mastery', 'dvc-install-basics', '--evidence', 'https://github.com/org/repo/pull/1'], { home, env });
    const group = tempDir('group-');
    mkdirSync(join(group, 'members'));
    writeFileSync(join(group, 'members', 'tester.json'), (await run(['export'], { home, env })).stdout);
    const commands = [
      ['next'], ['next', '--json'], ['next', '--week', '3'], ['status'], ['status', '--json'],
      ['check', 'mlops-principles'], ['check', '--undo', 'mlops-principles'],
      ['show', '1'], ['show', 'dvc-basics'], ['show', 'dvc'], ['show', 'lifecycle'], ['show', 'roadmap'], ['show', 'versions'], ['show', 'data-collection-preparation'], ['show', 'project-1'],
      ['tools'], ['tools', '--json'], ['resources'], ['resources', '--json'], ['search', 'dvc'], ['search', 'drift', '--json'],
      ['validate'], ['validate', '--json'], ['export'], ['export', '--format', 'md'], ['doctor'], ['doctor', '--json'],
      ['group', group], ['group', group, '--json'], ['group', group, '--md'], ['--help'], ['show', 'no-such-topic'],
      ['export', '--format', 'anki'],
    ];
    for (const lang of LANGS) {
      for (const args of commands) {
        const r = await run([...args, '--lang', lang], { home, env });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBeLessThanOrEqual(args.includes('no-such-topic') ? 2 : 1);
        expectClean(r, `${lang} ${args.join(' ')}`);
      }
    }
    for (const args of [['next'], ['status'], ['show', 'dvc-basics'], ['group', group]]) expectClean(await run(args, { home, env: { ...env, NO_COLOR: undefined, FORCE_COLOR: '1' } }), `colour ${args.join(' ')}`);
    // The files others open (Anki, a browser) hold them escaped too.
    const out = tempDir();
    for (const lang of LANGS) {
      for (const args of [['export', '--format', 'anki', '-o', join(out, `${lang}.anki.txt`)], ['group', group, '--html', join(out, `${lang}.html`)]]) {
        const r = await run([...args, '--lang', lang], { home, env });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expectClean(r, `${lang} ${args.join(' ')}`);
      }
      for (const name of [`${lang}.anki.txt`, `${lang}.html`]) expect(RAW.exec(readFileSync(join(out, name), 'utf8')), name).toBeNull();
    }
    expect(readFileSync(join(out, 'en.anki.txt'), 'utf8')).toContain('\\u202ecod.exe');
    // Shown, not hidden: the learner sees that something odd is there.
    expect((await run(['next'], { home, env })).stdout).toContain('\\u202ecod.exe');
  }, 300_000);
});

describe('case 2: a curriculum with escape codes in every text, key and file name', () => {
  it('every command reports the located problems with the codes shown as text, never raw', async () => {
    const curriculum = poisonedCurriculum(PAYLOAD, (dir) => {
      writeFileSync(join(dir, 'weeks', `07-\u001b[2J\u009b1m\u202e.yaml`), 'week: 7\nid: seven\ntitle: { ko: 칠, en: Seven }\ncolour: red\n');
      const week = join(dir, 'weeks', '01-concepts-setup.yaml');
      writeFileSync(week, `${readFileSync(week, 'utf8')}"\\e]0;title\\a": 1\n`);
    });
    const home = tempDir();
    const env = { ...NOW, MLOPS_STUDY_CURRICULUM: curriculum, DEBUG: 'mlops-study' };
    await run(['init', '--name', 'Tester', '--yes'], { home, env });
    // Every command in English; the Korean run of a few shows the same problems (they are not translated).
    const all = [['next'], ['next', '--json'], ['status'], ['check', 'git-mastery'], ['show', '1'], ['tools'], ['resources'], ['search', 'dvc'], ['export'], ['validate'], ['validate', '--json'], ['doctor'], ['quiz']];
    for (const lang of LANGS) {
      for (const args of lang === 'en' ? all : [['next'], ['validate'], ['doctor']]) {
        const r = await run([...args, '--lang', lang], { home, env });
        expect(r.code, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(1);
        expectClean(r, `${lang} ${args.join(' ')}`);
      }
    }
    const next = await run(['next'], { home, env });
    expect(next.stderr).toContain('control character U+001B in text');
    expect(next.stderr).toContain('unknown field "\\u001b]0;title\\u0007"');
    expect(next.stderr).toContain('weeks/07-\\u001b[2J\\u009b1m\\u202e.yaml');
  }, 300_000);

  it('refuses bidi and control characters inside a web address', async () => {
    const curriculum = poisonedCurriculum('', (dir) => {
      const course = join(dir, 'course.yaml');
      const text = readFileSync(course, 'utf8').replace(/url: (https:\/\/\S+)/, (_, url: string) => `url: ${url}\u202egpj.exe`);
      writeFileSync(course, text);
    });
    const r = await run(['validate', curriculum]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/course\.yaml:\d+:\d+: a web address must not contain control or bidi characters \(U\+202E found\)/);
    expectClean(r, 'validate');
  });
});

/** A valid snapshot of the built-in course to poison. */
async function snapshotOf(name: string): Promise<Record<string, any>> {
  const home = tempDir();
  await run(['init', '--name', name, '--start', '2026-11-24', '--yes'], { home, env: NOW });
  await run(['check', 'git-mastery', 'dvc-install-basics', '--evidence', 'https://github.com/org/repo/pull/1', '--note', 'first'], { home, env: NOW });
  return JSON.parse((await run(['export'], { home, env: NOW })).stdout);
}

describe('case 2: a group snapshot with escape codes in every field, and in file names', () => {
  it('group, --json and --md never print them raw; --json keeps them as data', async () => {
    const base = await snapshotOf('Base');
    const dir = tempDir();
    const members = join(dir, 'members');
    mkdirSync(members);
    const write = (file: string, change: (s: any) => void) => {
      const s = structuredClone(base);
      change(s);
      writeFileSync(join(members, file), JSON.stringify(s));
    };
    // Every free-text field at once: shown on the board and in the agenda.
    write('all-text.json', (s) => {
      s.member.name = `Eve${PAYLOAD}`;
      s.curriculum.title += PAYLOAD;
      s.curriculum.version += PAYLOAD;
      s.tool.version += PAYLOAD;
      s.language += PAYLOAD;
      s.status += PAYLOAD;
      for (const w of s.weeks) {
        w.title += PAYLOAD;
        for (const i of w.items) {
          i.id += PAYLOAD;
          i.text += PAYLOAD;
          i.evidence = [`https://e.x/${PAYLOAD}`, PAYLOAD];
          i.note = `${PAYLOAD}\nsecond line`;
          if (i.done) i.doneAt = '2026-12-07T00:00:00.000Z';
        }
      }
    });
    // One field each where the value is a date, a time or a number: skipped, with a reason that does not echo it.
    for (const [field, change] of Object.entries({
      streak: (s: any): void => {
        s.streak = PAYLOAD;
      },
      lastActivity: (s: any): void => {
        s.lastActivity = PAYLOAD;
      },
      startDate: (s: any): void => {
        s.startDate = PAYLOAD;
      },
      exportedAt: (s: any): void => {
        s.exportedAt = PAYLOAD;
      },
      doneAt: (s: any): void => {
        s.weeks[0].items[0].doneAt = PAYLOAD;
      },
      curriculumId: (s: any): void => {
        s.curriculum.id = PAYLOAD;
      },
    })) {
      write(`${field}.json`, (s) => {
        s.member.name = field;
        change(s);
      });
    }
    write(`\u001b[2J\u009b31m\u202eevil.json`, (s) => (s.member.name = 'Named by file'));
    writeFileSync(join(members, `\u001b]0;t\u0007broken.json`), '{"snapshotVersion": 1');

    const home = tempDir();
    for (const lang of LANGS) {
      for (const format of [[], ['--json'], ['--md']]) {
        for (const colour of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
          const r = await run(['group', dir, '--lang', lang, ...format], { home, env: { ...NOW, DEBUG: 'mlops-study', ...colour } });
          expect(r.code, r.stderr).toBe(0);
          expectClean(r, `${lang} group ${format.join(' ')} ${JSON.stringify(colour)}`);
        }
      }
    }
    const json = JSON.parse((await run(['group', dir, '--json'], { home, env: NOW })).stdout);
    expect(json.members.map((m: { name: string }) => m.name).sort()).toEqual([`Eve${PAYLOAD}`, 'Named by file'].sort());
    expect(json.problems.map((p: { file: string }) => p.file).sort()).toEqual(
      ['members/curriculumId.json', 'members/doneAt.json', 'members/exportedAt.json', 'members/lastActivity.json', 'members/startDate.json', 'members/streak.json', `members/\u001b]0;t\u0007broken.json`].sort(),
    );
    const screen = (await run(['group', dir], { home, env: { ...NOW, COLUMNS: '200' } })).stdout;
    expect(screen).toContain('Eve\\u001b]52;c;cm0gLXJmIH4=\\u0007\\u001b[2J');
    expect(screen).toContain('members/\\u001b]0;t\\u0007broken.json: not JSON');
    // The page: escaped for HTML, and the codes shown, in both languages.
    for (const lang of LANGS) {
      const page = join(tempDir(), 'page.html');
      const r = await run(['group', dir, '--lang', lang, '--html', page], { home, env: { ...NOW, DEBUG: 'mlops-study' } });
      expect(r.code, r.stderr).toBe(0);
      expectClean(r, `${lang} group --html`);
      const html = readFileSync(page, 'utf8');
      expect(RAW.exec(html), `${lang} page`).toBeNull();
      expect(html).toContain('<h3>Eve\\u001b]52;c;cm0gLXJmIH4=\\u0007\\u001b[2J');
      expect(html).toContain('<code>members/\\u001b]0;t\\u0007broken.json</code>');
    }
    const md = (await run(['group', dir, '--md'], { home, env: NOW })).stdout;
    // Shown escaped, and the backslash of the escape escaped for Markdown: it renders as \u001b.
    expect(md).toContain('Eve\\\\u001b\\]52;c;cm0gLXJmIH4=\\\\u0007\\\\u001b\\[2J');
  }, 300_000);
});

describe('a guide with escape codes in its headings, tasks, links and file name', () => {
  it('imports into a valid curriculum; no command prints them raw; a link with a bidi override is skipped with a reason', async () => {
    const cwd = tempDir();
    const file = `guide-\u001b[2J\u202e.md`;
    writeFileSync(
      join(cwd, file),
      `# Evil ${PAYLOAD} guide\n\nIntro ${PAYLOAD}\n\n## Week 1: start ${PAYLOAD}\n\n- [ ] task ${PAYLOAD}\n- [x] done ${PAYLOAD}\n\nRead [the docs ${PAYLOAD}](https://example.org/docs) and [this](https://example.org/\u202egpj.exe).\n`,
    );
    const home = tempDir();
    const env = { ...NOW, DEBUG: 'mlops-study', COLUMNS: '200' };
    const imported = await run(['import', file, '-o', 'out', '--with-progress'], { cwd, home, env });
    expect(imported.code, imported.stderr).toBe(0);
    expectClean(imported, 'import');
    expect(imported.stdout).toContain('Imported guide-\\u001b[2J\\u202e.md');
    expect(imported.stdout).toContain('its address holds control or bidi characters, not made a resource');
    expect((await run(['validate', 'out'], { cwd, home, env })).code).toBe(0);
    for (const args of [['next'], ['status'], ['show', '1'], ['search', 'task'], ['resources']]) {
      const r = await run([...args, '--curriculum', 'out'], { cwd, home, env });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expectClean(r, args.join(' '));
    }
  }, 60_000);
});
