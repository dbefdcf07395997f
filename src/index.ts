/**
 * The entry point and the one error boundary: every failure becomes one
 * readable message and an exit code (0 ok, 1 failure, 2 usage, 130 Ctrl+C).
 */
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { InterruptedError, UserError } from './errors.js';
import { langFromEnv } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { print, printError } from './ui/output.js';
import { errorLines as terminalErrorLines } from './ui/error-lines.js';
import { unbreakable } from './ui/text.js';
import { CANONICAL, commandLine, detectInvocation, type CommandWord } from './util/invocation.js';
import { isTerminal } from './util/terminal.js';
import type { Environment } from './context.js';

// dist/main.js and src/index.ts both sit one level below the package root.
const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    // The one answer that needs no commands: skip setting up the CLI at all.
    print(pkg.version);
    return 0;
  }
  const { run } = await import('./cli.js');
  // Not process.stdin/stdout.isTTY: touching those streams builds them
  // (and loads net and the stream machinery) even when nothing is read.
  const stdoutIsTTY = isTerminal(1);
  const cwd = process.cwd();
  environment = {
    env: process.env,
    cwd,
    stdinIsTTY: isTerminal(0),
    stdoutIsTTY,
    ...(stdoutIsTTY && process.stdout.columns ? { columns: process.stdout.columns, rows: process.stdout.rows } : {}),
    version: pkg.version,
    root,
    invocation: detectInvocation({ script: process.argv[1], env: process.env, cwd, home: homedir() }),
  };
  return run(process.argv, environment);
}

/** Kept for the error report, which speaks the language the run chose. */
let environment: Environment | undefined;

function report(error: unknown): number {
  const debug = (process.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'mlops-study' || d.trim() === '*');
  const err = error as Error & { code?: string; exitCode?: number };
  // Before the run knows its language (no profile read yet), the locale decides.
  const lang = environment?.lang ?? langFromEnv(process.env) ?? 'en';
  const m = messages(lang);
  const cmd = (...args: CommandWord[]) => unbreakable(commandLine(environment?.invocation ?? CANONICAL, args));
  if (err?.name === 'CommanderError' || err?.code?.startsWith?.('commander.')) {
    // commander has printed its message already, in the run's language, with its hint (see cli-errors.ts).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof InterruptedError || err?.name === 'ExitPromptError') return 130;
  if (debug) printError(err?.stack ?? String(error));
  if (error instanceof UserError) {
    const { message, hint } = error.text ? error.text(m, cmd) : lang === 'ko' && error.ko ? error.ko : error;
    printError(errorLines(`mlops-study: ${message}`));
    if (hint) printError(errorLines(`${m.hintLabel}: ${hint}`));
    return error.exitCode;
  }
  printError(`mlops-study: ${m.unexpectedError(err?.message ?? String(error))}`);
  printError(errorLines(`${m.hintLabel}: ${m.unexpectedHint}`));
  return 1;
}

const errorLines = (text: string) => terminalErrorLines(text, environment?.columns);

process.on('SIGINT', () => {
  process.exitCode = 130;
  process.exit(130);
});

main()
  .then(undefined, report)
  .then(async (code) => {
    process.exitCode = code;
    // Through npx every start pays for npm: say once, after the output, how to skip it.
    if (environment?.invocation?.kind === 'npx') (await import('./npx-notice.js')).npxNotice(environment);
  })
  .catch(() => undefined);
