/**
 * Registers the commands. The daily ones (next, status, check) are imported
 * here; every other command module loads lazily: show, tools, resources and
 * search through commands/reference.ts, the rest through commands/study.ts
 * (see bench/). What is heavy stays lazy inside the modules that need
 * it: yaml and zod (the curriculum loader), the progress writer (writes),
 * inquirer (prompts), ts-fsrs (scheduling). So `--help` and `next` never load
 * what `quiz` or `validate` need.
 */
import { Command, Help, Option } from 'commander';
import { createContext, outputColumns, resolveLang, type Context, type Environment, type GlobalOptions } from './context.js';
import { LocalCommand, localizedHelp } from './i18n/commander.js';
import { describe, examplesText as helpExamples, placeholder } from './i18n/help.js';
import { messages } from './i18n/messages.js';
import { isLang, langFromEnv, type Lang } from './i18n/lang.js';
import { readProgress } from './progress/read.js';
import { progressFile } from './progress/paths.js';
import { print, printErrorRaw, printJson, printRaw } from './ui/output.js';
import { errorLines } from './ui/error-lines.js';
import { screenRows, terminalLine, unbreakable, width } from './ui/text.js';
import { CANONICAL, commandLine } from './util/invocation.js';
import { closest } from './util/suggest.js';
import { check } from './commands/check/index.js';
import { renderCheck } from './commands/check/render.js';
import { next, nextJson } from './commands/next/index.js';
import { renderNext } from './commands/next/render.js';
import { status, statusJson } from './commands/status/index.js';
import { renderStatus } from './commands/status/render.js';
import { showTopic } from './commands/show/topic.js';
import { renderTopic } from './commands/show/render-topic.js';
import { UsageError } from './errors.js';
import { shortStatusLine } from './fast-path.js';

const study = () => import('./commands/study.js');
const reference = () => import('./commands/reference.js');

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
  // Usage lines and examples start the program the way this run was started.
  const programName = commandLine(environment.invocation ?? CANONICAL, []);
  const examplesText = (command: string, language: Lang) => helpExamples(command, language, programName);
  const p = (key: Parameters<typeof placeholder>[0]) => placeholder(key, lang);
  const m = messages(lang);
  const program = LocalCommand.program(programName, {
    m,
    cmd: (...args) => unbreakable(commandLine(environment.invocation ?? CANONICAL, args)),
    lines: (text) => errorLines(text, environment.columns),
  });
  const context = (command: Command) => createContext(environment, command.optsWithGlobals<GlobalOptions>());
  /**
   * Human-readable output: through the pager (like git) when it is taller than
   * the terminal, else printed. The pager module loads only then.
   */
  const output = async (text: string, ctx: Context, command: Command) => {
    if (command.optsWithGlobals<GlobalOptions>().pager === false || !ctx.stdoutIsTTY || screenRows(text, ctx.columns) < ctx.rows) return print(text);
    await (await import('./ui/pager.js')).page(text, ctx.env);
  };

  program
    .description(d('program'))
    .version(environment.version, '-V, --version', d('optVersion'))
    .helpOption('-h, --help', d('optHelp'))
    .helpCommand('help [command]', d('helpCommand'))
    .addOption(new Option(`--lang ${p('lang')}`, d('optLang')).choices(['ko', 'en']))
    .option(`--curriculum ${p('dirValue')}`, d('optCurriculum'))
    .option('--no-color', d('optNoColor'))
    .option('--no-pager', d('optNoPager'))
    .showSuggestionAfterError(true)
    .exitOverride()
    // Help and errors go through our writer: a closed pipe (`--help | head -1`) ends output quietly.
    // Its usage errors speak the run's language.
    .configureOutput({ writeOut: printRaw, writeErr: printErrorRaw, outputError: (text, write) => write(text), getOutHelpWidth: () => helpWidth, getErrHelpWidth: () => helpWidth })
    // Wrap descriptions by display width (Hangul takes two columns); in a narrow
    // terminal a description goes under its term instead of into a sliver of a column.
    .configureHelp({
      ...localizedHelp(m, helpWidth, width),
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
        .option(`-w, --week ${p('week')}`, d('optWeek'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('next', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const view = await next(ctx, options);
          if (options.json) return printJson(nextJson(view));
          await output(renderNext(view, ctx), ctx, command);
        });
    },
    check: () => {
      program
        .command('check')
        .description(d('check'))
        .argument(p('ids'), d('argIds'))
        .option(`-w, --week ${p('week')}`, d('optWeek'))
        .option('--undo', d('optUndo'))
        .option(`--note ${p('text')}`, d('optNote'))
        .option(`--evidence ${p('value')}`, d('optEvidence'), (value: string, all: string[] = []) => [...all, value])
        .option('--clear-note', d('optClearNote'))
        .option(`--remove-evidence ${p('value')}`, d('optRemoveEvidence'), (value: string, all: string[] = []) => [...all, value])
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
        .option('--short', d('optShort'))
        .addHelpText('after', examplesText('status', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          if (options.short) {
            // Usually answered before the CLI is set up (src/fast-path.ts); here when combined with other options.
            if (options.json) throw new UsageError(ctx.m.errShortJson, ctx.m.hintShortJson(ctx.cmd('status', '--short'), ctx.cmd('status', '--json')));
            const line = await shortStatusLine({ ...environment, cwd: () => environment.cwd }, command.optsWithGlobals<GlobalOptions>());
            print(line.text);
            exitCode = line.code;
            return;
          }
          const view = await status(ctx);
          if (options.json) return printJson(statusJson(view));
          await output(renderStatus(view, ctx), ctx, command);
        });
    },
    validate: () => {
      program
        .command('validate')
        .description(d('validate'))
        .argument(p('dir'), d('argValidateDir'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('validate', lang))
        .action(async (dir: string | undefined, options, command: Command) => {
          const ctx = await context(command);
          const { validate, renderValidate } = await study();
          const view = await validate(ctx, dir);
          if (options.json) printJson(view.json);
          else await output(renderValidate(view, ctx), ctx, command);
          exitCode = view.json.ok ? 0 : 1;
        });
    },
    init: () => {
      program
        .command('init')
        .description(d('init'))
        .option(`--start ${p('date')}`, d('optStart'))
        .option(`--name ${p('name')}`, d('optName'))
        .option(`--group-dir ${p('dirValue')}`, d('optGroupDir'))
        .option(`--project ${p('dirValue')}`, d('optInitProject'))
        .option('-y, --yes', d('optYes'))
        .addHelpText('after', examplesText('init', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          // The global --lang doubles as the language to save in the profile.
          const lang = command.optsWithGlobals<GlobalOptions>().lang;
          const { init, renderInit, renderSettings, settings } = await study();
          const current = ctx.progress().progress.profile;
          if (ctx.stdinIsTTY && !options.yes && Object.keys(current).length) {
            // Re-running init: show what is set before asking to change it.
            print([ctx.style.c.bold(ctx.m.initCurrent), ...renderSettings(settings(current, [], ctx.env), ctx, ctx.lang), ''].join('\n'));
          }
          print(renderInit(await init(ctx, { ...options, ...(lang ? { lang } : {}) }), ctx));
        });
    },
    show: () => {
      program
        .command('show')
        .description(d('show'))
        .argument(p('what'), d('argWhat'))
        .option('--no-mark', d('optNoMark'))
        .addHelpText('after', examplesText('show', lang))
        .action(async (what: string, options: { mark: boolean }, command: Command) => {
          const ctx = await context(command);
          // A topic, the everyday case, without loading the whole curriculum (src/commands/show/topic.ts).
          const topic = await showTopic(ctx, what, { mark: options.mark });
          if (topic) return output(renderTopic(topic, ctx), ctx, command);
          const { show, renderShow } = await reference();
          const view = await show(ctx, what);
          await output(renderShow(view, ctx), ctx, command);
        });
    },
    read: () => {
      program
        .command('read')
        .description(d('read'))
        .argument(p('topics'), d('argTopics'))
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
        .option(`--category ${p('category')}`, d('optCategory'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('tools', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { tools, renderTools } = await reference();
          const view = await tools(ctx, options);
          if (options.json) return printJson(view);
          await output(renderTools(view, ctx), ctx, command);
        });
    },
    resources: () => {
      program
        .command('resources')
        .description(d('resources'))
        .option(`-w, --week ${p('week')}`, d('optWeek'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('resources', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { resources, renderResources } = await reference();
          const view = await resources(ctx, options);
          if (options.json) return printJson(view);
          await output(renderResources(view, ctx), ctx, command);
        });
    },
    search: () => {
      program
        .command('search')
        .description(d('search'))
        .argument(p('words'), d('argWords'))
        .option('--json', d('optJson'))
        .addHelpText('after', examplesText('search', lang))
        .action(async (words: string[], options, command: Command) => {
          const ctx = await context(command);
          const { searchCommand, renderSearch } = await reference();
          const view = await searchCommand(ctx, words);
          if (options.json) return printJson(view);
          await output(renderSearch(view, ctx), ctx, command);
        });
    },
    quiz: () => {
      program
        .command('quiz')
        .description(d('quiz'))
        .option(`-w, --week ${p('week')}`, d('optQuizWeek'))
        .option('--all', d('optQuizAll'))
        .option('--due', d('optQuizDue'))
        .option(`-n, --count ${p('count')}`, d('optQuizCount'))
        .option(`--seed ${p('n')}`, d('optQuizSeed'))
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
          print(render.renderRepair(await repair(ctx, options, (v) => render.confirmText(v, ctx.m, ctx.columns)), ctx));
        });
    },
    export: () => {
      program
        .command('export')
        .description(d('export'))
        .option(`--format ${p('format')}`, d('optFormat'))
        .option(`-o, --output ${p('file')}`, d('optOutput'))
        .option('--force', d('optForce'))
        .option(`-w, --week ${p('week')}`, d('optExportWeek'))
        .addHelpText('after', examplesText('export', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { exportSnapshot, renderExported } = await study();
          const view = await exportSnapshot(ctx, options);
          print(view.file ? renderExported(view, ctx) : view.text.trimEnd());
        });
    },
    group: () => {
      const group = program
        .command('group')
        .description(d('group'))
        .argument(p('dir'), d('argGroupDir'))
        .option('--json', d('optJson'))
        .option('--md', d('optMd'))
        .option(`--html ${p('file')}`, d('optHtml'))
        .option('--force', d('optForceHtml'))
        .addHelpText('after', examplesText('group', lang))
        .action(async (dir: string | undefined, options, command: Command) => {
          const ctx = await context(command);
          const { group: board, renderGroup, groupJson, renderAgenda, renderPageWritten } = await study();
          const view = await board(ctx, dir, options);
          if (view.page) print(renderPageWritten(view, ctx));
          else if (options.json) printJson(groupJson(view, ctx.m));
          else if (options.md) print(renderAgenda(view, ctx.lang).trimEnd());
          else await output(renderGroup(view, ctx), ctx, command);
        });
      group
        .command('sync')
        .description(d('groupSync'))
        .argument(p('dir'), d('argGroupDir'))
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
        .argument(p('guide'), d('argGuide'))
        .option(`-o, --output ${p('dirValue')}`, d('optImportOutput'))
        .option('--with-progress', d('optWithProgress'))
        .option('--force', d('optImportForce'))
        .option('--dry-run', d('optDryRun'))
        .option('--weeks-from <what>', d('optWeeksFrom'))
        .option('--topic-column <column>', d('optTopicColumn'))
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
        .argument(p('newDir'), d('argNewDir'))
        .addHelpText('after', examplesText('new', lang))
        .action(async (dir: string, _options, command: Command) => {
          const ctx = await context(command);
          const { newCurriculum } = await import('./commands/new/index.js');
          const view = await newCurriculum(ctx, dir);
          print([`${ctx.style.tick} ${terminalLine(view.dir)}`, ...view.files.map((f) => `  ${f}`), '', ctx.m.newNext, `  ${ctx.cmd('validate', dir)}`, `  ${ctx.cmd('next', '--curriculum', dir)}`].join('\n'));
        });
    },
    completion: () => {
      program
        .command('completion')
        .description(d('completion'))
        .argument(p('shell'), d('argShell'))
        .addHelpText('after', examplesText('completion', lang))
        .action(async (shell: string, _options, command: Command) => {
          const ctx = await context(command);
          const { completionScript } = await import('./commands/completion/index.js');
          printRaw(completionScript(shell, ctx.m, ctx.cmd('completion', 'bash')));
        });
    },
    verify: () => {
      program
        .command('verify')
        .description(d('verify'))
        .option(`--project ${p('dirValue')}`, d('optProject'))
        .option(`-w, --week ${p('n')}`, d('optVerifyWeek'))
        .option('--all', d('optVerifyAll'))
        .option('--json', d('optJson'))
        .option('--tick', d('optTick'))
        .addHelpText('after', examplesText('verify', lang))
        .action(async (options, command: Command) => {
          const ctx = await context(command);
          const { verify, verifyJson, renderVerify, afterVerify, renderAfter, renderSaved } = await import('./commands/verify/main.js');
          const view = await verify(ctx, options);
          if (!options.json) print(renderVerify(view, ctx));
          const after = await afterVerify(ctx, view, options, (ticked) => {
            const text = options.json ? '' : renderAfter(ticked, ctx);
            if (text) print(`\n${text}`);
          });
          if (options.json) printJson(verifyJson(view, after.changes.map((c) => c.id)));
          else if (after.savedProject) print(renderSaved(after, ctx));
          exitCode = view.summary.fail ? 1 : 0;
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
          else await output(renderDoctor(view, ctx), ctx, command);
          exitCode = view.ok ? 0 : 1;
        });
    },
  };
  const named = argv.slice(2).find((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--lang' && all[i - 1] !== '--curriculum');
  // Own properties only: `mlops-study constructor` is an unknown command, not Object's constructor.
  for (const [name, add] of Object.entries(register)) if (!named || !Object.hasOwn(register, named) || name === named) add();

  const globalsOnly = argv.slice(2).every((a, i, all) => a.startsWith('-') || all[i - 1] === '--lang' || all[i - 1] === '--curriculum');
  if (globalsOnly && !argv.slice(2).some((a) => ['-h', '--help', '-V', '--version'].includes(a))) {
    // `mlops-study` alone: a menu in a terminal, the help otherwise; an unknown option is a usage error.
    const { unknown } = program.parseOptions(argv.slice(2));
    const bogus = unknown.find((a) => a.startsWith('-'));
    if (bogus) {
      const guesses = closest(bogus.split('=')[0]!, ['--lang', '--curriculum', '--no-color', '--no-pager', '--help', '--version'], 1);
      program.error(`error: unknown option '${bogus}'${guesses.length ? `\n(Did you mean ${guesses[0]}?)` : ''}`, { exitCode: 2, code: 'commander.unknownOption' });
    }
    if (!environment.stdinIsTTY || !environment.stdoutIsTTY) {
      print(program.helpInformation());
      return 0;
    }
    return menuLoop(argv, environment, program.opts<GlobalOptions>());
  }
  await program.parseAsync(argv);
  return exitCode;
}

/**
 * The menu comes back after each action until the learner quits. An action's
 * error is reported as it would be on its own, and Ctrl+C inside an action
 * (a quiz, a prompt) returns to the menu; Ctrl+C in the menu itself ends the run.
 */
async function menuLoop(argv: string[], environment: Environment, options: GlobalOptions): Promise<number> {
  const { menu } = await import('./commands/study.js');
  const { reportError } = await import('./error-report.js');
  for (;;) {
    // Each round reads progress afresh: the last action may have changed it.
    environment.progressRead = undefined;
    const args = await menu(await createContext(environment, options));
    if (args === undefined) return 0;
    if (!args.length) continue;
    try {
      await run([...argv, ...args], environment);
    } catch (error) {
      if (reportError(error, environment) === 130) print('');
    }
    print('');
  }
}
