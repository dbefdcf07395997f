/**
 * Registers the commands. The daily ones (next, status, check) are imported
 * here; every other command module loads lazily, all of them through one
 * chunk (commands/study.ts), because each extra ES module costs time at
 * start-up (see bench/). What is heavy stays lazy inside the modules that need
 * it: yaml and zod (the curriculum loader), conf and proper-lockfile (writes),
 * inquirer (prompts), ts-fsrs (scheduling). So `--help` and `next` never load
 * what `quiz` or `validate` need.
 */
import { Command, Help, Option } from 'commander';
import { createContext, outputColumns, resolveLang, type Environment, type GlobalOptions } from './context.js';
import { describe, examplesText } from './i18n/help.js';
import { isLang, langFromEnv, type Lang } from './i18n/lang.js';
import { readProgress } from './progress/read.js';
import { progressFile } from './progress/paths.js';
import { print, printErrorRaw, printJson, printRaw } from './ui/output.js';
import { width } from './ui/text.js';
import { check } from './commands/check/index.js';
import { renderCheck } from './commands/check/render.js';
import { next, nextJson } from './commands/next/index.js';
import { renderNext } from './commands/next/render.js';
import { status, statusJson } from './commands/status/index.js';
import { renderStatus } from './commands/status/render.js';
import { showTopic } from './commands/show/topic.js';
import { renderTopic } from './commands/show/render-topic.js';
import { page } from './ui/pager.js';

const study = () => import('./commands/study.js');

/** The language for help text, before commander has parsed anything. */
function earlyLang(argv: string[], environment: Environment): Lang {
  const env = environment.env;
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (isLang(flag)) return flag;
  try {
    // Read once: the command's context reuses this read instead of reading the file again.
    environment.progressRead ??= readProgress(progressFile(env));
    return resolveLang(undefined, environment.progressRead.progress.profile.lang, env);
  } catch {
    return langFromEnv(env) ?? 'en';
  }
}

export async function run(argv: string[], environment: Environment): Promise<number> {
  const lang = earlyLang(argv.slice(2), environment);
  environment.lang ??= lang;
  const d = (key: Parameters<typeof describe>[0]) => describe(key, lang);
  let exitCode = 0;
  const helpWidth = outputColumns(environment);
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
    // Help and errors go through our writer: a closed pipe (`--help | head -1`) ends output quietly.
    .configureOutput({ writeOut: printRaw, writeErr: printErrorRaw, outputError: (text, write) => write(text), getOutHelpWidth: () => helpWidth, getErrHelpWidth: () => helpWidth })
    // Wrap descriptions by display width (Hangul takes two columns); in a narrow
    // terminal a description goes under its term instead of into a sliver of a column.
    .configureHelp({
      displayWidth: (text) => width(text),
      minWidthToWrap: 12,
      formatItem(this: Help, term, termWidth, description, helper) {
        if (!description || helpWidth - termWidth - 4 >= 24) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
        return `  ${term}\n${helper.boxWrap(description, helpWidth - 6).replace(/^/gm, '      ')}`;
      },
    });

  // Only the command being run is registered (all of them for help, or to suggest a name).
  const register: Record<string, () => void> = {
    next: () => {
      program
        .command('next')
        .description(d('next'))
        .option('-w, --week <n>', d('optWeek'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('next', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const view = await next(ctx, options);
          if (options.json) return printJson(nextJson(view));
          print(renderNext(view, ctx));
        });
    },
    check: () => {
      program
        .command('check')
        .description(d('check'))
        .argument('[ids...]')
        .option('-w, --week <n>', d('optWeek'))
        .option('--undo', d('optUndo'))
        .option('--note <text>', d('optNote'))
        .option('--evidence <value>', d('optEvidence'), (value: string, all: string[] = []) => [...all, value])
        .addHelpText('after', examplesText('check', lang))
        .action(async (ids: string[], options, command: Command) => {
          const ctx = await context(command);
          const view = await check(ctx, { ...options, ids });
          print(renderCheck(view, ctx));
        });
    },
    status: () => {
      program
        .command('status')
        .description(d('status'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('status', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const view = await status(ctx);
          if (options.json) return printJson(statusJson(view));
          print(renderStatus(view, ctx));
        });
    },
    validate: () => {
      program
        .command('validate')
        .description(d('validate'))
        .argument('[dir]')
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('validate', lang))
        .action(async (dir: string | undefined, options, command: Command) => {
          const ctx = await context(command);
          const { validate, renderValidate } = await study();
          const view = await validate(ctx, dir);
          if (options.json) printJson(view.json);
          else print(renderValidate(view, ctx));
          exitCode = view.json.ok ? 0 : 1;
        });
    },
    init: () => {
      program
        .command('init')
        .description(d('init'))
        .option('--start <date>', d('optStart'))
        .option('--name <name>', d('optName'))
        .option('--group-dir <dir>', d('optGroupDir'))
        .option('-y, --yes', d('optYes'))
        .addHelpText('after', examplesText('init', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          // The global --lang doubles as the language to save in the profile.
          const lang = command.optsWithGlobals<GlobalOptions>().lang;
          const { init, renderInit, renderProfile } = await study();
          const current = ctx.progress().progress.profile;
          if (ctx.stdinIsTTY && !options.yes && Object.keys(current).length) {
            // Re-running init: show what is set before asking to change it.
            print([ctx.style.c.bold(ctx.m.initCurrent), ...renderProfile(current, ctx, ctx.lang), ''].join('\n'));
          }
          print(renderInit(await init(ctx, { ...options, ...(lang ? { lang } : {}) }), ctx));
        });
    },
    show: () => {
      program
        .command('show')
        .description(d('show'))
        .argument('<what>', 'week number, topic ID, tool ID, project ID, "lifecycle", "roadmap" or "versions"')
        .option('--no-pager', d('optNoPager'))
        .option('--no-mark', d('optNoMark'))
        .addHelpText('after', examplesText('show', lang))
        .action(async (what: string, options: { pager: boolean; mark: boolean }, command: Command) => {
          const ctx = await context(command);
          // A topic, the everyday case, without loading the whole curriculum (src/commands/show/topic.ts).
          const topic = await showTopic(ctx, what, { mark: options.mark });
          if (topic) return page(renderTopic(topic, ctx), { enabled: options.pager, stdoutIsTTY: ctx.stdoutIsTTY, rows: ctx.rows });
          const { show, renderShow } = await study();
          const view = await show(ctx, what);
          await page(renderShow(view, ctx), { enabled: options.pager, stdoutIsTTY: ctx.stdoutIsTTY, rows: ctx.rows });
        });
    },
    read: () => {
      program
        .command('read')
        .description(d('read'))
        .argument('<topics...>')
        .option('--undo', d('optReadUndo'))
        .addHelpText('after', examplesText('read', lang))
        .action(async (topics: string[], options: { undo?: boolean }, command: Command) => {
          const ctx = await context(command);
          const { read, renderRead } = await study();
          print(renderRead(await read(ctx, topics, options), ctx));
        });
    },
    tools: () => {
      program
        .command('tools')
        .description(d('tools'))
        .option('--category <name>', d('optCategory'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('tools', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { tools, renderTools } = await study();
          const view = await tools(ctx, options);
          if (options.json) return printJson(view);
          print(renderTools(view, ctx));
        });
    },
    resources: () => {
      program
        .command('resources')
        .description(d('resources'))
        .option('-w, --week <n>', d('optWeek'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('resources', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { resources, renderResources } = await study();
          const view = await resources(ctx, options);
          if (options.json) return printJson(view);
          print(renderResources(view, ctx));
        });
    },
    search: () => {
      program
        .command('search')
        .description(d('search'))
        .argument('<words...>')
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('search', lang))
        .action(async (words: string[], options, command: Command) => {
          const ctx = await context(command);
          const { searchCommand, renderSearch } = await study();
          const view = await searchCommand(ctx, words);
          if (options.json) return printJson(view);
          print(renderSearch(view, ctx));
        });
    },
    quiz: () => {
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
          const { quiz, quizRender: render } = await study();
          const summary = await quiz(ctx, options, {
            question: (header) => print(render.renderQuestionHeader(header, ctx)),
            feedback: (f) => print(render.renderFeedback(f, ctx)),
            note: (kind) => print(render.renderNote(kind, ctx)),
            interrupted: (s) => print(render.renderInterrupted(s, ctx)),
          });
          print(render.renderSummary(summary, ctx));
        });
    },
    config: () => {
      const config = program.command('config').description(d('config')).addHelpText('after', examplesText('config', lang));
      config
        .command('path')
        .description(d('configPath'))
        .addHelpText('after', examplesText('config path', lang))
        .action(async (_options, command: Command) => print((await context(command)).progressFile));
      config
        .command('repair')
        .description(d('configRepair'))
        .option('-y, --yes', d('optYesRepair'))
        .addHelpText('after', examplesText('config repair', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { repair, repairRender: render } = await study();
          print(render.renderRepair(await repair(ctx, options, (v) => render.confirmText(v, ctx.lang)), ctx));
        });
    },
    export: () => {
      program
        .command('export')
        .description(d('export'))
        .option('--format <format>', d('optFormat'), 'json')
        .option('-o, --output <file>', d('optOutput'))
        .option('--force', d('optForce'))
        .addHelpText('after', examplesText('export', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { exportSnapshot } = await study();
          const view = await exportSnapshot(ctx, options);
          if (view.file) print(`${ctx.style.tick} ${view.file}`);
          else print(view.text.trimEnd());
        });
    },
    group: () => {
      const group = program
        .command('group')
        .description(d('group'))
        .argument('[dir]')
        .option('--json', d('optJson'))
        .option('--md', d('optMd'))
        .addHelpText('after', examplesText('group', lang))
        .action(async (dir: string | undefined, options, command: Command) => {
          const ctx = await context(command);
          const { group: board, renderGroup, groupJson, renderAgenda } = await study();
          const view = await board(ctx, dir, options);
          if (options.json) printJson(groupJson(view));
          else print(options.md ? renderAgenda(view, ctx.lang).trimEnd() : renderGroup(view, ctx));
        });
      group
        .command('sync')
        .description(d('groupSync'))
        .argument('[dir]')
        .option('--no-push', d('optNoPush'))
        .addHelpText('after', examplesText('group sync', lang))
        .action(async (dir: string | undefined, options, command: Command) => {
          const ctx = await context(command);
          const { sync } = await study();
          const { withSpinner } = await import('./ui/spinner.js');
          const view = await sync(ctx, dir, options, (label, work) => withSpinner(ctx, label, work));
          print((await import('./commands/group/sync-render.js')).renderSync(view, ctx));
        });
    },
    import: () => {
      program
        .command('import')
        .description(d('import'))
        .argument('<guide>', 'a markdown file')
        .option('-o, --output <dir>', d('optImportOutput'))
        .option('--with-progress', d('optWithProgress'))
        .option('--force', d('optImportForce'))
        .addHelpText('after', examplesText('import', lang))
        .action(async (file: string, options, command: Command) => {
          const ctx = await context(command);
          const { importCommand } = await import('./commands/import/index.js');
          const { renderImport } = await import('./commands/import/render.js');
          print(renderImport(await importCommand(ctx, file, options), ctx));
        });
    },
    new: () => {
      program
        .command('new')
        .description(d('new'))
        .argument('<dir>')
        .addHelpText('after', examplesText('new', lang))
        .action(async (dir: string, _options, command: Command) => {
          const ctx = await context(command);
          const { newCurriculum } = await import('./commands/new/index.js');
          const view = await newCurriculum(ctx, dir);
          print([`${ctx.style.tick} ${view.dir}`, ...view.files.map((f) => `  ${f}`), '', `mlops-study validate ${dir}`, `mlops-study next --curriculum ${dir}`].join('\n'));
        });
    },
    doctor: () => {
      program
        .command('doctor')
        .description(d('doctor'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('doctor', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { doctor, renderDoctor } = await study();
          const view = await doctor(ctx);
          if (options.json) printJson(view);
          else print(renderDoctor(view, ctx));
          exitCode = view.ok ? 0 : 1;
        });
    },
  };
  const named = argv.slice(2).find((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--lang' && all[i - 1] !== '--curriculum');
  for (const [name, add] of Object.entries(register)) if (!named || !(named in register) || name === named) add();

  const globalsOnly = argv.slice(2).every((a, i, all) => a.startsWith('-') || all[i - 1] === '--lang' || all[i - 1] === '--curriculum');
  if (globalsOnly && !argv.slice(2).some((a) => ['-h', '--help', '-V', '--version'].includes(a))) {
    // `mlops-study` alone: a menu in a terminal, the help otherwise.
    program.parseOptions(argv.slice(2));
    if (!environment.stdinIsTTY || !environment.stdoutIsTTY) {
      print(program.helpInformation());
      return 0;
    }
    const { menu } = await study();
    const choice = await menu(await createContext(environment, program.opts<GlobalOptions>()));
    if (choice === 'quit') return 0;
    return run([...argv, choice], environment);
  }
  await program.parseAsync(argv);
  return exitCode;
}
