/**
 * Every failure as one readable message and an exit code (0 ok, 1 failure,
 * 2 usage, 130 Ctrl+C): in the run's language, with the hint's commands as
 * this run types them. Used by the entry point, and by the menu, which
 * reports an action's error and comes back.
 */
import type { Environment } from './context.js';
import { errorText, InterruptedError, UserError } from './errors.js';
import { langFromEnv } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { errorLines } from './ui/error-lines.js';
import { printError } from './ui/output.js';
import { unbreakable } from './ui/text.js';
import { CANONICAL, commandLine, type CommandWord } from './util/invocation.js';
import { terminalText } from './util/untrusted.js';

export function reportError(error: unknown, environment: Environment | undefined): number {
  const debug = (process.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'mlops-study' || d.trim() === '*');
  const err = error as Error & { code?: string; exitCode?: number };
  // Before the run knows its language (no profile read yet), the locale decides.
  const lang = environment?.lang ?? langFromEnv(process.env) ?? 'en';
  const m = messages(lang);
  const cmd = (...args: CommandWord[]) => unbreakable(commandLine(environment?.invocation ?? CANONICAL, args));
  const lines = (text: string) => errorLines(text, environment?.columns);
  if (err?.name === 'CommanderError' || err?.code?.startsWith?.('commander.')) {
    // commander has printed its message already, in the run's language, with its hint (see i18n/commander.ts).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof InterruptedError || err?.name === 'ExitPromptError') return 130;
  if (debug) printError(terminalText(err?.stack ?? String(error)));
  if (error instanceof UserError) {
    const { message, hint } = errorText(error, m, cmd);
    // Messages quote file names, IDs and git's words: shown, never acted on by the terminal.
    printError(lines(`mlops-study: ${terminalText(message)}`));
    if (hint) printError(lines(`${m.hintLabel}: ${terminalText(hint)}`));
    return error.exitCode;
  }
  printError(`mlops-study: ${m.unexpectedError(terminalText(err?.message ?? String(error)))}`);
  printError(lines(`${m.hintLabel}: ${m.unexpectedHint}`));
  return 1;
}
