/**
 * The entry point and the one error boundary: every failure becomes one
 * readable message and an exit code (0 ok, 1 failure, 2 usage, 130 Ctrl+C).
 */
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { reportError } from './error-report.js';
import { UserError, withText } from './errors.js';
import { fastPath } from './fast-path.js';
import { print } from './ui/output.js';
import { deferSigint } from './util/interrupt.js';
import { detectInvocation } from './util/invocation.js';
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
    invocation: detectInvocation({ script: process.argv[1], env: process.env, cwd, home: homedir() }),
  };
  return run(process.argv, environment);
}

/** The directory the learner ran us in; it may have been deleted under the shell. */
function workingDirectory(): string {
  try {
    return process.cwd();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ENOENT';
    throw withText((message, hint) => new UserError(message, 1, hint), (m) => ({ message: m.errNoCwd(code), hint: m.hintNoCwd }));
  }
}

/** Kept for the error report, which speaks the language the run chose. */
let environment: Environment | undefined;

const report = (error: unknown) => reportError(error, environment);

process.on('SIGINT', () => {
  // A quiz between questions finishes its save and stops by itself (src/util/interrupt.ts).
  if (deferSigint()) return;
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
