/** `mlops-study completion bash|zsh|fish`: prints the script to install (README, "Shell completion"). */
import { UsageError } from '../../errors.js';
import type { Messages } from '../../i18n/messages.js';
import { bash, fish, zsh } from './scripts.js';

const SCRIPTS: Record<string, string> = { bash, zsh, fish };

/** `example` is the command to suggest, written the way this run was started. */
export function completionScript(shell: string, m: Pick<Messages, 'errShell' | 'hintShell'>, example: string): string {
  const script = Object.hasOwn(SCRIPTS, shell) ? SCRIPTS[shell] : undefined;
  if (script === undefined) throw new UsageError(m.errShell(shell), m.hintShell(example));
  return script;
}
