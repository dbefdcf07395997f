/**
 * The entry point and the one error boundary: every failure becomes one
 * readable message and an exit code (0 ok, 1 failure, 2 usage, 130 Ctrl+C).
 */
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { InterruptedError, UserError } from './errors.js';
import { print, printError } from './ui/output.js';
import { deferSigint } from './util/interrupt.js';
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
  environment = {
    env: process.env,
    cwd: process.cwd(),
    stdinIsTTY: isTerminal(0),
    stdoutIsTTY,
    ...(stdoutIsTTY && process.stdout.columns ? { columns: process.stdout.columns, rows: process.stdout.rows } : {}),
    version: pkg.version,
    root,
  };
  return run(process.argv, environment);
}

/** Kept for the error report, which speaks the language the run chose. */
let environment: Environment | undefined;

function report(error: unknown): number {
  const debug = (process.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'mlops-study' || d.trim() === '*');
  const err = error as Error & { code?: string; exitCode?: number };
  if (err?.name === 'CommanderError' || err?.code?.startsWith?.('commander.')) {
    // commander has printed its message already (with a suggestion where it has one).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    printError(`Run 'mlops-study --help' for usage.`);
    return 2;
  }
  if (error instanceof InterruptedError || err?.name === 'ExitPromptError') return 130;
  if (debug) printError(err?.stack ?? String(error));
  if (error instanceof UserError) {
    const ko = environment?.lang === 'ko';
    const { message, hint } = ko && error.ko ? error.ko : error;
    printError(`mlops-study: ${message}`);
    if (hint) printError(`${ko ? '도움말' : 'hint'}: ${hint}`);
    return error.exitCode;
  }
  printError(`mlops-study: unexpected error: ${err?.message ?? String(error)}`);
  printError('hint: this is a bug. Run again with DEBUG=mlops-study for details and report it.');
  return 1;
}

process.on('SIGINT', () => {
  // A quiz between questions finishes its save and stops by itself (src/util/interrupt.ts).
  if (deferSigint()) return;
  process.exitCode = 130;
  process.exit(130);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);
