/**
 * Registers the commands. Each action lazily imports its command module, so
 * `--help` and `next` never load what `quiz` or `validate` need.
 */
import { Command, Option } from 'commander';
import { createContext, resolveLang, type Environment, type GlobalOptions } from './context.js';
import { describe, examplesText } from './i18n/help.js';
import { isLang, langFromEnv, type Lang } from './i18n/lang.js';
import { readProgress } from './progress/read.js';
import { progressFile } from './progress/paths.js';
import { print, printJson } from './ui/output.js';

/** The language for help text, before commander has parsed anything. */
function earlyLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (isLang(flag)) return flag;
  try {
    return resolveLang(undefined, readProgress(progressFile(env)).progress.profile.lang, env);
  } catch {
    return langFromEnv(env) ?? 'en';
  }
}

export async function run(argv: string[], environment: Environment): Promise<number> {
  const lang = earlyLang(argv.slice(2), environment.env);
  const d = (key: Parameters<typeof describe>[0]) => describe(key, lang);
  let exitCode = 0;
  const program = new Command('mlops-study');
  const context = (command: Command) => createContext(environment, command.optsWithGlobals<GlobalOptions>());

  program
    .description(d('program'))
    .version(environment.version, '-V, --version')
    .addOption(new Option('--lang <lang>', d('optLang')).choices(['ko', 'en']))
    .option('--curriculum <dir>', d('optCurriculum'))
    .option('--no-color', d('optNoColor'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });

  program
    .command('next')
    .description(d('next'))
    .option('-w, --week <n>', d('optWeek'))
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('next', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const { next, nextJson } = await import('./commands/next/index.js');
      const view = await next(ctx, options);
      if (options.json) return printJson(nextJson(view));
      const { renderNext } = await import('./commands/next/render.js');
      print(renderNext(view, ctx));
    });

  program
    .command('check')
    .description(d('check'))
    .argument('[ids...]')
    .option('-w, --week <n>', d('optWeek'))
    .option('--undo', d('optUndo'))
    .option('--note <text>', d('optNote'))
    .addHelpText('after', examplesText('check', lang))
    .action(async (ids: string[], options, command: Command) => {
      const ctx = await context(command);
      const { check } = await import('./commands/check/index.js');
      const view = await check(ctx, { ...options, ids });
      const { renderCheck } = await import('./commands/check/render.js');
      print(renderCheck(view, ctx));
    });

  program
    .command('status')
    .description(d('status'))
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('status', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const { status, statusJson } = await import('./commands/status/index.js');
      const view = await status(ctx);
      if (options.json) return printJson(statusJson(view));
      const { renderStatus } = await import('./commands/status/render.js');
      print(renderStatus(view, ctx));
    });

  program
    .command('validate')
    .description(d('validate'))
    .argument('[dir]')
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('validate', lang))
    .action(async (dir: string | undefined, options, command: Command) => {
      const ctx = await context(command);
      const { validate } = await import('./commands/validate/index.js');
      const view = validate(ctx, dir);
      if (options.json) printJson(view.json);
      else print((await import('./commands/validate/render.js')).renderValidate(view, ctx));
      exitCode = view.json.ok ? 0 : 1;
    });

  program
    .command('init')
    .description(d('init'))
    .option('--start <date>', d('optStart'))
    .option('--name <name>', d('optName'))
    .option('-y, --yes', d('optYes'))
    .addHelpText('after', examplesText('init', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const { init } = await import('./commands/init/index.js');
      const { renderInit } = await import('./commands/init/render.js');
      // The global --lang doubles as the language to save in the profile.
      const lang = command.optsWithGlobals<GlobalOptions>().lang;
      print(renderInit(await init(ctx, { ...options, ...(lang ? { lang } : {}) }), ctx));
    });

  program
    .command('show')
    .description(d('show'))
    .argument('<what>', 'week number, topic ID, tool ID, project ID or "lifecycle"')
    .option('--no-pager', d('optNoPager'))
    .addHelpText('after', examplesText('show', lang))
    .action(async (what: string, options: { pager: boolean }, command: Command) => {
      const ctx = await context(command);
      const { show } = await import('./commands/show/index.js');
      const view = await show(ctx, what);
      const { renderShow } = await import('./commands/show/render.js');
      const { page } = await import('./ui/pager.js');
      await page(renderShow(view, ctx), { enabled: options.pager, stdoutIsTTY: ctx.stdoutIsTTY, rows: ctx.rows });
    });

  program
    .command('tools')
    .description(d('tools'))
    .option('--category <name>', d('optCategory'))
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('tools', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const view = await (await import('./commands/tools/index.js')).tools(ctx, options);
      if (options.json) return printJson(view);
      print((await import('./commands/tools/render.js')).renderTools(view, ctx));
    });

  program
    .command('resources')
    .description(d('resources'))
    .option('-w, --week <n>', d('optWeek'))
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('resources', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const view = await (await import('./commands/resources/index.js')).resources(ctx, options);
      if (options.json) return printJson(view);
      print((await import('./commands/resources/render.js')).renderResources(view, ctx));
    });

  program
    .command('search')
    .description(d('search'))
    .argument('<words...>')
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('search', lang))
    .action(async (words: string[], options, command: Command) => {
      const ctx = await context(command);
      const view = await (await import('./commands/search/index.js')).searchCommand(ctx, words);
      if (options.json) return printJson(view);
      print((await import('./commands/search/render.js')).renderSearch(view, ctx));
    });

  program
    .command('quiz')
    .description(d('quiz'))
    .option('-w, --week <n>', d('optQuizWeek'))
    .option('--all', d('optQuizAll'))
    .option('--due', d('optQuizDue'))
    .option('-n, --count <n>', d('optQuizCount'))
    .option('--seed <n>', d('optQuizSeed'))
    .option('--rate', d('optQuizRate'))
    .addHelpText('after', examplesText('quiz', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const { quiz } = await import('./commands/quiz/index.js');
      const render = await import('./commands/quiz/render.js');
      const summary = await quiz(ctx, options, {
        question: (i, n, q) => print(render.renderQuestionHeader(i, n, q, ctx)),
        feedback: (f) => print(render.renderFeedback(f, ctx)),
      });
      print(render.renderSummary(summary, ctx));
    });

  const config = program.command('config').description(d('config')).addHelpText('after', examplesText('config', lang));
  config
    .command('path')
    .description(d('configPath'))
    .action(async (_options, command: Command) => print((await context(command)).progressFile));
  config
    .command('repair')
    .description(d('configRepair'))
    .option('-y, --yes', d('optYesRepair'))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const { repair } = await import('./commands/config/repair.js');
      const render = await import('./commands/config/render.js');
      print(render.renderRepair(await repair(ctx, options, (v) => render.confirmText(v, ctx.lang)), ctx));
    });

  program
    .command('doctor')
    .description(d('doctor'))
    .option('--json', d('optJson'))
    .addHelpText('after', examplesText('doctor', lang))
    .action(async (options, command: Command) => {
      const ctx = await context(command);
      const view = await (await import('./commands/doctor/index.js')).doctor(ctx);
      if (options.json) printJson(view);
      else print((await import('./commands/doctor/render.js')).renderDoctor(view, ctx));
      exitCode = view.ok ? 0 : 1;
    });

  const globalsOnly = argv.slice(2).every((a, i, all) => a.startsWith('-') || all[i - 1] === '--lang' || all[i - 1] === '--curriculum');
  if (globalsOnly && !argv.slice(2).some((a) => ['-h', '--help', '-V', '--version'].includes(a))) {
    // `mlops-study` alone: a menu in a terminal, the help otherwise.
    program.parseOptions(argv.slice(2));
    if (!environment.stdinIsTTY || !environment.stdoutIsTTY) {
      print(program.helpInformation());
      return 0;
    }
    const { menu } = await import('./commands/menu/index.js');
    const choice = await menu(await createContext(environment, program.opts<GlobalOptions>()));
    if (choice === 'quit') return 0;
    return run([...argv, choice], environment);
  }

  await program.parseAsync(argv);
  return exitCode;
}
