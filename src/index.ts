/**
 * The entry point and the one error boundary: every failure becomes one
 * readable message and an exit code (0 ok, 1 failure, 2 usage, 130 Ctrl+C).
 */
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { InterruptedError, UserError } from './errors.js';
import { fastPath } from './fast-path.js';
import { langFromEnv } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { print, printError } from './ui/output.js';
import { terminalText } from './util/untrusted.js';
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
  // A shell's Tab and a prompt's status line: answered before the CLI is set up (src/fast-path.ts).
  const fast = await fastPath(args, { env: process.env, cwd: () => workingDirectory(), root, version: pkg.version });
  if (fast !== undefined) return fast;
  const cwd = workingDirectory();
  const { run } = await import('./cli.js');
  // Not process.stdin/stdout.isTTY: touching those streams builds them
  // (and loads net and the stream machinery) even when nothing is read.
  const stdoutIsTTY = isTerminal(1);
  environment = {
    env: process.env,
    cwd,
    stdinIsTTY: isTerminal(0),
    stdoutIsTTY,
    ...(stdoutIsTTY && process.stdout.columns ? { columns: process.stdout.columns, rows: process.stdout.rows } : {}),
    version: pkg.version,
    root,
  };
  return run(process.argv, environment);
}

/** The directory the learner ran us in; it may have been deleted under the shell. */
function workingDirectory(): string {
  try {
    return process.cwd();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ENOENT';
    throw new UserError(`the current directory no longer exists (it was deleted or moved: ${code})`, 1, 'Change to an existing directory (for example `cd ~`) and run the command again.', {
      message: `현재 디렉터리가 더 이상 없습니다 (삭제되었거나 옮겨졌습니다: ${code})`,
      hint: '있는 디렉터리로 옮긴 뒤(예: `cd ~`) 다시 실행하세요.',
    });
  }
}

/** Kept for the error report, which speaks the language the run chose. */
let environment: Environment | undefined;

function report(error: unknown): number {
  const debug = (process.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'mlops-study' || d.trim() === '*');
  const err = error as Error & { code?: string; exitCode?: number };
  if (err?.name === 'CommanderError' || err?.code?.startsWith?.('commander.')) {
    // commander has printed its message already (with a suggestion where it has one).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    printError(messages(environment?.lang ?? langFromEnv(process.env) ?? 'en').usageHint);
    return 2;
  }
  if (error instanceof InterruptedError || err?.name === 'ExitPromptError') return 130;
  if (debug) printError(terminalText(err?.stack ?? String(error)));
  if (error instanceof UserError) {
    // Before the run knows its language (no profile read yet), the locale decides.
    const ko = (environment?.lang ?? langFromEnv(process.env)) === 'ko';
    const { message, hint } = ko && error.ko ? error.ko : error;
    // Messages quote file names, IDs and git's words: shown, never acted on by the terminal.
    printError(`mlops-study: ${terminalText(message)}`);
    if (hint) printError(`${ko ? '도움말' : 'hint'}: ${terminalText(hint)}`);
    return error.exitCode;
  }
  printError(`mlops-study: unexpected error: ${terminalText(err?.message ?? String(error))}`);
  printError('hint: this is a bug. Run again with DEBUG=mlops-study for details and report it.');
  return 1;
}

process.on('SIGINT', () => {
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
