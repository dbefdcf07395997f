/**
 * Every command a hint or a suggestion prints runs when pasted (issue 15):
 * for each way of starting the program (by path, from the PATH, through npx),
 * the scenarios below print their hints, suggestions and `--json` commands;
 * each command found is pasted into a shell, in the state the scenario left
 * (a fresh copy for every paste), and must not be a usage error. Placeholders
 * (<id>, DIR, N, YYYY-MM-DD …) are filled in first; a command that only needs
 * a terminal to ask its questions says so and counts as run.
 *
 * Files that other people read (`export --format md`, the agenda of
 * `group --md`) name the program as `mlops-study`, however this run started.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, baseEnv, exec, tempDir } from '../helpers/cli.js';
import { buildProject } from '../helpers/projects.js';

/** Week 2 of a study that started on 2026-12-01. */
const NOW = { MLOPS_STUDY_NOW: '2026-12-09T10:00:00+09:00' };
const EVIDENCE = 'https://github.com/org/repo/pull/12';

interface Scenario {
  args: string[];
  /** Changes the copied home (or the scenario's working directory) first. */
  setup?: (home: string, cwd: string) => void;
}

const SCENARIOS: Scenario[] = [
  { args: ['next'] },
  { args: ['next', '--json'] },
  { args: ['next', '--week', '9'] },
  { args: ['status'] },
  { args: ['show', 'basic'] },
  { args: ['show', 'week-1-assignment'] },
  { args: ['show', 'dvc-install-basics'] },
  { args: ['show', '99'] },
  { args: ['show', 'zzzz'] },
  { args: ['show', 'dvc-basics'] },
  { args: ['show', '2'] },
  { args: ['read', 'dvc-basic'] },
  { args: ['read', 'dvc-basics'] },
  { args: ['check', 'experiment-logging'] },
  { args: ['check', 'frist-item'] },
  { args: ['check'] },
  { args: ['check', '--evidence', 'x'] },
  { args: ['check', '--clear-note'] },
  { args: ['check', '--remove-evidence', EVIDENCE] },
  { args: ['quiz'] },
  { args: ['quiz', '--all', '--due'] },
  { args: ['quiz', '--week', '9'] },
  { args: ['resources', '--week', '0'] },
  { args: ['search', ' '] },
  { args: ['search', 'dvc'] },
  { args: ['search', 'dvc', '--json'] },
  { args: ['tools'] },
  { args: ['export'], setup: (home) => writeFileSync(join(home, 'config.json'), JSON.stringify({ schemaVersion: 2, profile: { startDate: '2026-12-01', lang: 'en' }, courses: {} })) },
  { args: ['group'] },
  { args: ['init', '--start', '2026-02-30'] },
  { args: ['init', '--name', 'a\u0007b'] },
  { args: ['doctor'] },
  { args: ['doctor', '--json'] },
  { args: ['nxt'] },
  { args: ['import', 'guide.md', '--weeks-from', 'x'] },
  { args: ['import', 'guide.md', '-o', 'course'] },
  { args: ['new', 'my-course'] },
  { args: ['next'], setup: (home) => writeFileSync(join(home, 'config.json'), '{"schemaVersion": 2, "courses": {') },
  { args: ['next', '--curriculum', join(FIXTURES, 'curricula', 'minimal', 'weeks')] },
  { args: ['verify'] },
  { args: ['verify', '--project', 'project', '--week', '2'] },
  { args: ['verify', '--project', 'project', '--all'] },
];

/** What stands for a value the learner fills in, and what this test fills in. */
function fill(command: string, cwd: string): string {
  return command
    // tools: "show <id>" is a tool's; check's <id> an item's.
    .replace(/ show <id>/g, ' show dvc')
    .replace(/<id>/g, 'dvc-install-basics')
    .replace(/"<your name>"|"<이름>"/g, 'Jimin')
    .replace(/<words>/g, 'dvc')
    .replace(/<dir>/g, 'new-course')
    .replace(/\bYYYY-MM-DD\b/g, '2026-12-01')
    .replace(/(--week) N\b/g, '$1 2')
    .replace(/ DIR\b/g, ` ${cwd}`)
    .replace(/ FILE\b/g, ` ${join(cwd, 'snapshot.json')}`);
}

/** Options that take a value, and how many plain arguments each command takes (Infinity: a list). */
const VALUE_OPTIONS = new Set(['-w', '--week', '--note', '--evidence', '--remove-evidence', '--format', '-o', '--name', '--start', '--lang', '--group-dir', '--project', '--curriculum', '--category', '-n', '--seed', '--weeks-from', '--topic-column']);
const ARGUMENTS: Record<string, number> = { completion: 1, read: Infinity, show: 1, search: Infinity, check: Infinity, validate: 1, group: 1, 'group sync': 1, import: 1, new: 1, help: 1 };
const COMMANDS = ['group sync', 'config path', 'config repair', 'completion', 'read', 'next', 'check', 'status', 'validate', 'init', 'show', 'tools', 'resources', 'search', 'quiz', 'config', 'export', 'group', 'import', 'new', 'doctor', 'verify', 'help'];
const HANGUL = /[\u3131-\uD7A3]/;

/**
 * Every command in `text` started with `prefix`, read by the program's own
 * grammar (its commands, the options that take a value, how many arguments
 * each takes), so that the sentence around it is left out: a Korean particle
 * glued to the last word, a remark in parentheses, the comma of a list.
 */
export function commandsIn(text: string, prefix: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (let at = line.indexOf(`${prefix} `); at >= 0; at = line.indexOf(`${prefix} `, at + 1)) {
      const tokens = line.slice(at + prefix.length + 1).match(/"[^"]*"\S*|'[^']*'\S*|\S+/g) ?? [];
      const name = COMMANDS.find((c) => tokens.slice(0, c.split(' ').length).join(' ').replace(/[^a-z ]+$/, '') === c || (c.split(' ').length === 1 && new RegExp(`^${c}(?![a-z-])`).test(tokens[0] ?? '')));
      if (!name) continue;
      const words = name.split(' ');
      let i = words.length;
      const last = tokens[i - 1]!;
      // "doctor로", "repair)": the sentence goes on right after the command's name.
      let open = /^[a-z]+$/.test(last);
      let left = ARGUMENTS[name] ?? 0;
      while (open && i < tokens.length) {
        const token = tokens[i]!;
        if (token.startsWith('(')) break;
        const isOption = token.startsWith('-');
        if (!isOption && left === 0) break;
        // A plain argument in Korean only where the command takes words (search 드리프트).
        if (!isOption && HANGUL.test(token[0]!) && name !== 'search') break;
        const { word, more } = trimmed(token);
        if (!word) break;
        words.push(word);
        i++;
        open = more;
        if (isOption && VALUE_OPTIONS.has(word) && open && i < tokens.length) {
          const value = trimmed(tokens[i]!);
          words.push(value.word);
          i++;
          open = value.more;
        } else if (!isOption) left--;
      }
      found.push(`${prefix} ${words.join(' ')}`);
    }
  }
  return found;
}

/** A word without the sentence's punctuation or particle after it; `more`: the command may go on. */
function trimmed(token: string): { word: string; more: boolean } {
  const quoted = /^("[^"]*"|'[^']*')(.*)$/.exec(token);
  if (quoted) return { word: quoted[1]!, more: !quoted[2] };
  // An ASCII word with Korean glued on (a particle): the word, and the sentence from there.
  const glued = /^([\x21-\x7e]+?)([),.?]*)([\u3131-\uD7A3].*)?$/.exec(token);
  if (glued && (glued[2] || glued[3])) return { word: glued[1]!, more: false };
  return { word: token, more: true };
}

/** The commands of `--json` output: next's suggestion, doctor's fixes, search's results. */
function jsonCommands(stdout: string, prefix: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (key === 'command' && Array.isArray(v) && v.every((w) => typeof w === 'string') && v.length) out.push(`${prefix} ${v.map(shellQuote).join(' ')}`);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(JSON.parse(stdout));
  return out;
}
const shellQuote = (w: string) => (/^[\w@%+=:,./~-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** A usage mistake in a pasted command: what this test must never see. */
const USAGE = /unknown option|unknown command|missing the argument|needs a value|too many arguments|cannot be "|must be a|must not be|needs at least one word|choose one of/;
/** Commands that ask questions say so without a terminal (quiz, check without IDs, config repair): that is not a usage mistake. */
const NEEDS_TERMINAL = /needs an interactive terminal|stdin is not a terminal/;

interface World {
  home: string;
  cwd: string;
  env: Record<string, string>;
}

interface Way {
  name: string;
  /** How the program is started, and how its hints name it. */
  start: (world: World) => { command: string; args: string[]; prefix: string };
  scenarios: Scenario[];
  available: boolean;
}

const npxOk = spawnSync('npx', ['--version']).status === 0;

/** The learner's home and a working directory with a guide, a project and a group directory in reach. */
function baseWorld(): World {
  const userHome = tempDir('mlops-userhome-');
  mkdirSync(join(userHome, 'mlops-study-group'));
  const home = tempDir();
  const cwd = tempDir('mlops-paste-');
  cpSync(join(FIXTURES, 'guides', 'week-headings.md'), join(cwd, 'guide.md'));
  cpSync(buildProject(2, { broken: 2 }), join(cwd, 'project'), { recursive: true });
  const env = { ...baseEnv(home), ...NOW, HOME: userHome };
  return { home, cwd, env };
}

async function prepare(world: World): Promise<void> {
  const run = (...args: string[]) => exec(process.execPath, [BIN, ...args], { cwd: world.cwd, env: world.env });
  expect((await run('init', '--name', 'Jimin', '--start', '2026-12-01', '--lang', 'en', '--yes')).code).toBe(0);
  // The first open item of this week (the one hints use as their example) has an evidence link, kept while it is open.
  expect((await run('check', 'dvc-install-basics', '--evidence', EVIDENCE)).code).toBe(0);
  expect((await run('check', 'dvc-install-basics', '--undo')).code).toBe(0);
}

/** A copy of the world for one run, so that no paste sees another's changes. */
function copyWorld(world: World): World {
  const home = tempDir();
  const cwd = tempDir('mlops-paste-');
  cpSync(world.home, home, { recursive: true });
  cpSync(world.cwd, cwd, { recursive: true });
  return { home, cwd, env: { ...world.env, MLOPS_STUDY_HOME: home } };
}

const WAYS: Way[] = [
  { name: 'by path', start: () => ({ command: process.execPath, args: [BIN], prefix: `node ${BIN}` }), scenarios: SCENARIOS, available: true },
  {
    name: 'from the PATH',
    start: (world) => {
      const bin = join(tempDir('mlops-path-'), 'bin');
      mkdirSync(bin);
      symlinkSync(BIN, join(bin, 'mlops-study'));
      world.env.PATH = `${bin}:${world.env.PATH}`;
      return { command: 'mlops-study', args: [], prefix: 'mlops-study' };
    },
    scenarios: SCENARIOS,
    available: true,
  },
  {
    name: 'through npx',
    // npx runs in the clone (outside it, it would ask the registry): offline, a private cache, no build scripts.
    start: (world) => {
      Object.assign(world.env, { npm_config_cache: tempDir('mlops-npm-cache-'), npm_config_offline: 'true', npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
      return { command: 'npx', args: ['--yes', 'mlops-study'], prefix: 'npx mlops-study' };
    },
    scenarios: SCENARIOS.filter((s) => ['next', 'show', 'check', 'doctor'].includes(s.args[0]!) && !s.setup).slice(0, 8),
    available: npxOk,
  },
];

describe.each(WAYS)('every command a hint prints runs when pasted, started $name', (way) => {
  let world: World;
  let started: ReturnType<Way['start']>;
  const pasted = new Map<string, string>();

  beforeAll(async () => {
    world = baseWorld();
    await prepare(world);
    started = way.start(world);
  }, 300_000);

  it.skipIf(!way.available)('names the program as it was started, and each command found runs', async () => {
    // npx runs from the clone only; the other ways run from the working directory with the guide and the project.
    const where = (w: World) => (way.name === 'through npx' ? ROOT : w.cwd);
    let seen = 0;
    for (const scenario of way.scenarios) {
      const w = copyWorld(world);
      scenario.setup?.(w.home, w.cwd);
      const r = await exec(started.command, [...started.args, '--lang', 'ko', ...scenario.args], { cwd: where(w), env: w.env });
      const text = `${r.stdout}\n${r.stderr}`;
      expect(text, scenario.args.join(' ')).not.toMatch(/unexpected error|예상하지 못한 오류/);
      // JSON gives its commands as fields (an array of words); the text, in its sentences.
      const json = scenario.args.includes('--json');
      const commands = json ? [...commandsIn(r.stderr, started.prefix), ...jsonCommands(r.stdout, started.prefix)] : commandsIn(text, started.prefix);
      // Another prefix would be a hint that does not run as typed here.
      // (The npx tip says how to start it once it is on the PATH: "Then start it as mlops-study next".)
      const tip = /(?:Then start it as|그다음부터는 이렇게 실행하세요:)\s+mlops-study next/g;
      if (started.prefix !== 'mlops-study') expect(text.replace(tip, '').replaceAll(started.prefix, ''), scenario.args.join(' ')).not.toMatch(/(?:^|[\s(`])(?:npx )?mlops-study (?:next|show|check|quiz|status|init|doctor|verify|group|config|search|tools|export|import|new|validate)\b/m);
      for (const command of commands) {
        seen++;
        const filled = fill(command, w.cwd);
        expect(filled, `a placeholder left in ${command}`).not.toMatch(/<[^>]+>|(?:^|\s)(?:[A-Z]{2,}|N)(?:\s|$)/);
        const again = copyWorld(w);
        const result = spawnSync('sh', ['-c', filled.replaceAll(w.cwd, again.cwd)], { cwd: where(again), env: again.env, encoding: 'utf8' });
        const said = `${result.stdout}\n${result.stderr}`;
        pasted.set(command, `${result.status}`);
        expect(said, `${filled} (from: ${scenario.args.join(' ')})`).not.toMatch(USAGE);
        expect(said, filled).not.toMatch(/unexpected error|command not found|not found: mlops-study/);
        if (result.status === 2) expect(said, `${filled} exited 2 (from: ${scenario.args.join(' ')})`).toMatch(NEEDS_TERMINAL);
      }
    }
    if (process.env.SHOW_PASTED) console.log([...pasted].map(([c, s]) => `${s} ${c}`).join("\n"));
    // Enough hints were found to mean something (the scenarios print dozens).
    expect(seen).toBeGreaterThan(way.name === 'through npx' ? 8 : 60);
  }, 900_000);
});

describe('commands in files other people read', () => {
  it('are written as mlops-study …, however this run was started', async () => {
    const world = baseWorld();
    await prepare(world);
    const group = join(world.cwd, 'group');
    mkdirSync(join(group, 'members'), { recursive: true });
    const run = (...args: string[]) => exec(process.execPath, [BIN, ...args], { cwd: world.cwd, env: world.env });
    expect((await run('export', '-o', join(group, 'members', 'jimin.json'))).code).toBe(0);
    for (const args of [['group', group, '--md'], ['export', '--format', 'md'], ['--lang', 'ko', 'group', group, '--md']]) {
      const r = await run(...args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain(BIN);
      expect(r.stdout).not.toMatch(/node \S*mlops-study\.js|npx mlops-study/);
      if (args.includes('group')) expect(r.stdout).toContain('`mlops-study group sync`');
    }
  });
});

describe("help's examples", () => {
  it('use only commands and options that exist, with a value where the option takes one', async () => {
    const env = { ...baseEnv(tempDir()), ...NOW };
    const help = async (command: string[]) => (await exec(process.execPath, [BIN, ...command, '--help'], { cwd: ROOT, env })).stdout;
    const optionsOf = new Map<string, Map<string, boolean>>();
    const parse = (text: string) => {
      const options = new Map<string, boolean>();
      for (const m of text.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)( <[^>]+>| \[[^\]]+\])?/gm)) {
        if (m[1]) options.set(m[1], Boolean(m[3]));
        options.set(m[2]!, Boolean(m[3]));
      }
      return options;
    };
    const global = parse(await help([]));
    let examples = 0;
    for (const command of COMMANDS) {
      const text = await help(command.split(' '));
      optionsOf.set(command, new Map([...global, ...parse(text)]));
    }
    for (const command of COMMANDS) {
      for (const line of (await help(command.split(' '))).split('\n').filter((l) => l.startsWith('  $ '))) {
        examples++;
        const words = line.slice(4).replace(/^.*?[$<]\(|\).*$/g, '').replace('node bin/mlops-study.js ', '').match(/"[^"]*"|'[^']*'|\S+/g)!;
        const name = COMMANDS.find((c) => words.slice(0, c.split(' ').length).join(' ') === c);
        expect(name, line).toBeDefined();
        const options = optionsOf.get(name!)!;
        words.forEach((w, i) => {
          if (!/^-/.test(w)) return;
          expect(options.has(w), `${line}: ${w}`).toBe(true);
          if (options.get(w)) expect(words[i + 1], `${line}: ${w} needs a value`).toMatch(/^[^-]/);
        });
      }
    }
    expect(examples).toBeGreaterThan(40);
  });
});

describe('commandsIn', () => {
  it('takes the command and leaves the sentence around it', () => {
    const p = 'node bin/mlops-study.js';
    expect(commandsIn(`도움말: 살릴 수 있는 것을 복구하려면: ${p} config repair (자세한 내용: ${p} doctor)`, p)).toEqual([`${p} config repair`, `${p} doctor`]);
    expect(commandsIn(`도움말: 느린 디스크에서 멈춰 있을 수 있습니다. ${p} doctor로 잠금을 확인하고`, p)).toEqual([`${p} doctor`]);
    expect(commandsIn(`  ${p} check dvc-install-basics --note "a b" 를`, p)).toEqual([`${p} check dvc-install-basics --note "a b"`]);
    expect(commandsIn(`도움말: 예: ${p} search 드리프트`, p)).toEqual([`${p} search 드리프트`]);
    expect(commandsIn(`hint: Pass the item IDs instead, for example ${p} check first-item (${p} next shows the IDs).`, p)).toEqual([`${p} check first-item`, `${p} next`]);
    expect(commandsIn(`도움말: 예: ${p} init --name 김지민`, p)).toEqual([`${p} init --name 김지민`]);
    expect(commandsIn(`    ${p} show dvc-basics`, p)).toEqual([`${p} show dvc-basics`]);
    expect(commandsIn(`혹시 이것인가요: ${p} show dvc-basics, ${p} show dvc-remotes`, p)).toEqual([`${p} show dvc-basics`, `${p} show dvc-remotes`]);
  });
});
