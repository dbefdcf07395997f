/**
 * `__complete`: the candidates for each position of the command line, from
 * the built-in course and a learner's progress; and the grammar table it
 * answers from (src/commands/complete/spec.ts) against the real commander
 * program, so that no command or option is missing from completion.
 */
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli.js';
import { complete, DIRECTIVE, formatCompletion, type CompletionSource } from '../../src/commands/complete/index.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec } from '../../src/commands/complete/spec.js';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { catalogOf, indexOf } from '../../src/curriculum/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import { emptyProgress, type Progress } from '../../src/progress/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const allItems = curriculum.weeks.flatMap((w) => w.items);

/** A learner in week 2 (started 2026-12-01, today 2026-12-08) with `ticked` done, in that order. */
function learner(ticked: string[] = [], lang?: Lang): Progress {
  const progress = emptyProgress();
  progress.profile.startDate = '2026-12-01';
  if (lang) progress.profile.lang = lang;
  const items = Object.fromEntries(ticked.map((id, i) => [id, { doneAt: `2026-12-0${i + 1}T10:00:00.000Z` }]));
  progress.courses[curriculum.id] = { items, read: {}, activity: {}, cards: {}, answers: {}, sessions: [] };
  return progress;
}

function source(progress: Progress | undefined = learner(), envLang: Lang = 'en'): CompletionSource {
  return {
    lang: envLang,
    today: '2026-12-08',
    progress,
    index: async (dir, l) => (dir === undefined ? indexOf(curriculum, l) : undefined),
    catalog: async (dir, l) => (dir === undefined ? catalogOf(curriculum, l) : undefined),
  };
}

const values = async (words: string[], from = source()) => (await complete(words, from)).candidates.map((c) => c.value);

describe('__complete candidates', () => {
  it('offers the commands first, with their descriptions, and never the hidden one', async () => {
    const result = await complete([''], source());
    expect(result.candidates.map((c) => c.value)).toEqual(COMMANDS.map((c) => c.name));
    expect(result.candidates.find((c) => c.value === 'check')!.description).toMatch(/Mark checklist items done/);
    expect(result.candidates.map((c) => c.value)).not.toContain('__complete');
    expect(result.directive & DIRECTIVE.noFiles).toBeTruthy();
    expect(await values(['ch'])).toEqual(['check']);
    expect(await values(['--lang', 'ko', 'st'])).toEqual(['status']);
    expect(await values(['help', 'sh'])).toEqual(['show']);
  });

  it('offers the unticked items of this week first, then earlier weeks, later weeks, and the ticked ones last', async () => {
    const result = await complete(['check', ''], source(learner(['dvc-install-basics', 'mlops-concepts-need'])));
    const ids = result.candidates.map((c) => c.value);
    const week = (id: string) => allItems.find((i) => i.id === id)!.week;
    expect(ids).toHaveLength(allItems.length);
    expect(ids.slice(0, 6).every((id) => week(id) === 2)).toBe(true);
    expect(ids).not.toContain(undefined);
    expect(ids.slice(-2)).toEqual(['mlops-concepts-need', 'dvc-install-basics'].sort((a, b) => week(a) - week(b)));
    const firstEarlier = ids.findIndex((id) => week(id) === 1);
    const firstLater = ids.findIndex((id) => week(id) === 3);
    expect(firstEarlier).toBeGreaterThan(0);
    expect(firstLater).toBeGreaterThan(firstEarlier);
    expect(result.candidates.at(-1)!.description).toMatch(/^done · /);
    // The shell must keep this order.
    expect(result.directive & DIRECTIVE.keepOrder).toBeTruthy();
    expect(await values(['check', 'dvc-'], source(learner(['dvc-install-basics'])))).toEqual(['dvc-data-versioning', 'dvc-install-basics']);
  });

  it('offers only ticked items for --undo, the latest tick first, and skips IDs already on the line', async () => {
    const from = source(learner(['git-mastery', 'dvc-install-basics', 'mlops-concepts-need']));
    expect(await values(['check', '--undo', ''], from)).toEqual(['mlops-concepts-need', 'dvc-install-basics', 'git-mastery']);
    expect(await values(['check', 'mlops-concepts-need', '--undo', ''], from)).toEqual(['dvc-install-basics', 'git-mastery']);
    expect(await values(['check', 'dvc-data-versioning', 'dvc-'], from)).toEqual(['dvc-install-basics']);
  });

  it('puts the week of --week first', async () => {
    const ids = await values(['check', '--week', '4', '']);
    expect(allItems.find((i) => i.id === ids[0])!.week).toBe(4);
    const inline = await values(['check', '--week=5', '']);
    expect(allItems.find((i) => i.id === inline[0])!.week).toBe(5);
  });

  it('offers topics (this week first), weeks, tools, projects and the guide pages for show', async () => {
    const result = await complete(['show', ''], source());
    const ids = result.candidates.map((c) => c.value);
    expect(ids.slice(0, curriculum.weeks[1]!.topics.length)).toEqual(curriculum.weeks[1]!.topics.map((t) => t.id));
    for (const id of [...curriculum.weeks.flatMap((w) => w.topics.map((t) => t.id)), '1', '6', 'mlflow', 'dvc', 'project-1', 'lifecycle', 'roadmap', 'versions']) expect(ids).toContain(id);
    expect(ids).not.toContain('week-2'); // week IDs only when typed
    expect(await values(['show', 'week-'])).toContain('week-2');
    expect(await values(['show', 'mlf'])).toContain('mlflow');
    expect(result.candidates.find((c) => c.value === 'mlflow')!.description).toBe('tool: MLflow');
    // One argument: nothing after it.
    expect(await values(['show', 'dvc-basics', ''])).toEqual([]);
  });

  it('offers topics for read (this week first), without those already on the line; show --no-mark and read --undo', async () => {
    const ids = await values(['read', '']);
    expect(ids).toHaveLength(curriculum.weeks.flatMap((w) => w.topics).length);
    expect(ids.slice(0, curriculum.weeks[1]!.topics.length)).toEqual(curriculum.weeks[1]!.topics.map((t) => t.id));
    expect(ids).not.toContain('mlflow'); // a tool: read takes topics only
    const dvc = await values(['read', 'dvc-basics', 'dvc-']);
    expect(dvc).toContain('dvc-remotes');
    expect(dvc).not.toContain('dvc-basics');
    expect(await values(['read', '--u'])).toEqual(['--undo']);
    expect(await values(['show', '--no-m'])).toEqual(['--no-mark']);
  });

  it('completes option values: weeks, languages, categories, formats, shells and dates', async () => {
    expect(await values(['next', '--week', ''])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await values(['quiz', '-w', ''])).toHaveLength(6);
    expect(await values(['--lang', ''])).toEqual(['ko', 'en']);
    expect(await values(['next', '--lang=k'])).toEqual(['--lang=ko']);
    expect(await values(['tools', '--category', ''])).toEqual(curriculum.toolCategories.map((c) => c.id));
    expect(await values(['export', '--format', ''])).toEqual(['json', 'md', 'anki']);
    expect(await values(['export', '--format', 'anki', '--week', ''])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await values(['completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(await values(['init', '--start', ''])).toEqual(['2026-12-08']);
    expect(await values(['config', ''])).toEqual(['path', 'repair']);
    expect(await values(['group', 's'])).toEqual(['sync']);
  });

  it('tells the shell when to complete directories or files instead', async () => {
    expect(await complete(['validate', ''], source())).toEqual({ candidates: [], directive: DIRECTIVE.dirs });
    expect(await complete(['--curriculum', ''], source())).toEqual({ candidates: [], directive: DIRECTIVE.dirs });
    expect(await complete(['group', './'], source())).toEqual({ candidates: [], directive: DIRECTIVE.dirs });
    expect(await complete(['export', '-o', ''], source())).toEqual({ candidates: [], directive: DIRECTIVE.default });
    expect(await complete(['group', '--html', ''], source())).toEqual({ candidates: [], directive: DIRECTIVE.default });
    expect(await complete(['import', ''], source())).toEqual({ candidates: [{ value: 'md' }, { value: 'markdown' }], directive: DIRECTIVE.fileExt });
    expect((await complete(['search', ''], source())).directive).toBe(DIRECTIVE.noFiles);
    expect((await complete(['check', '--note', ''], source())).directive).toBe(DIRECTIVE.noFiles);
  });

  it('offers the options a command has not been given yet, then the global ones', async () => {
    const options = await values(['check', '--undo', '--']);
    expect(options).toEqual(['--week', '--note', '--evidence', '--clear-note', '--remove-evidence', '--lang', '--curriculum', '--no-color', '--no-pager']);
    expect(await values(['check', '--evidence', 'x', '--ev'])).toEqual(['--evidence']); // repeatable
    expect(await values(['quiz', '-'])).toEqual(expect.arrayContaining(['--week', '--all', '--due', '--count', '--seed', '--rate']));
    expect(await values(['status', '--s'])).toEqual(['--short']);
  });

  it('speaks the language of --lang, else the profile, else the environment', async () => {
    const ko = await complete(['--lang', 'ko', 'check', 'dvc-data'], source());
    expect(ko.candidates[0]!.description).toBe(curriculum.weeks[1]!.items.find((i) => i.id === 'dvc-data-versioning')!.text.ko);
    const profile = await complete(['show', 'mlflow'], source(learner([], 'ko')));
    expect(profile.candidates.find((c) => c.value === 'mlflow')!.description).toBe('도구: MLflow');
    const env = await complete(['show', 'mlflow'], source(learner(), 'ko'));
    expect(env.candidates.find((c) => c.value === 'mlflow')!.description).toBe('도구: MLflow');
  });

  it('still offers IDs, in curriculum order, when the progress file is damaged; nothing for an unknown command or curriculum', async () => {
    // No progress to read: the schedule starts today (week 1), every item open, in curriculum order.
    expect(await values(['check', ''], { ...source(), progress: undefined })).toEqual(allItems.map((i) => i.id));
    expect(await complete(['frobnicate', ''], source())).toEqual({ candidates: [], directive: DIRECTIVE.default });
    expect(await values(['--curriculum', '/nowhere', 'check', ''])).toEqual([]);
  });

  it('writes the protocol: value<TAB>description lines, then :directive, with control characters shown, not sent', () => {
    const text = formatCompletion({ candidates: [{ value: 'a' }, { value: 'b', description: 'two\twords\n and \u001b[31mred \u202eevil' }], directive: 36 });
    expect(text).toBe('a\nb\ttwo words and \\u001b[31mred \\u202eevil\n:36');
  });
});

describe('the completion grammar', () => {
  async function program(): Promise<Command> {
    let captured: Command | undefined;
    const spy = vi.spyOn(Command.prototype, 'parseAsync').mockImplementation(async function (this: Command) {
      captured = this;
      return this;
    });
    try {
      await run(['node', 'mlops-study', '--help'], { env: { MLOPS_STUDY_HOME: tempDir() }, cwd: ROOT, stdinIsTTY: false, stdoutIsTTY: false, version: '0.0.0-test', root: ROOT });
    } finally {
      spy.mockRestore();
    }
    return captured!;
  }

  const flagsOf = (options: readonly { short?: string; long?: string; required: boolean; optional: boolean }[]) =>
    options.map((o) => ({ flags: [o.short, o.long].filter(Boolean), value: o.required || o.optional })).filter((o) => o.flags[0] !== '-h');
  const specFlags = (spec: CommandSpec | { options: CommandSpec['options'] }) => spec.options.map((o) => ({ flags: o.flags, value: o.value !== undefined }));

  it('has every command, subcommand and option of the program, and no other', async () => {
    const root = await program();
    expect(specFlags({ options: GLOBAL_OPTIONS })).toEqual(expect.arrayContaining(flagsOf(root.options).filter((o) => o.flags[0] !== '-V')));
    const commands = root.commands.filter((c) => c.name() !== 'help');
    // A command missing here has no completion: add it to src/commands/complete/spec.ts.
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(commands.map((c) => c.name()).sort());
    for (const command of commands) {
      const spec = COMMANDS.find((c) => c.name === command.name())!;
      expect(specFlags(spec).sort(byFlag), command.name()).toEqual(flagsOf(command.options).sort(byFlag));
      expect(Boolean(spec.args), `${command.name()} takes arguments`).toBe(command.registeredArguments.length > 0);
      expect(Boolean(spec.variadic), `${command.name()} variadic`).toBe(command.registeredArguments.some((a) => a.variadic));
      const subs = command.commands.filter((c) => c.name() !== 'help');
      expect((spec.subcommands ?? []).map((s) => s.name).sort(), command.name()).toEqual(subs.map((s) => s.name()).sort());
      for (const sub of subs) {
        const subSpec = spec.subcommands!.find((s) => s.name === sub.name())!;
        expect(specFlags(subSpec).sort(byFlag), `${command.name()} ${sub.name()}`).toEqual(flagsOf(sub.options).sort(byFlag));
      }
    }
  });
});

const byFlag = (a: { flags: (string | undefined)[] }, b: { flags: (string | undefined)[] }) => String(a.flags.at(-1)).localeCompare(String(b.flags.at(-1)));
