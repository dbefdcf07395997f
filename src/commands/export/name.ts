/**
 * The learner's name for a snapshot. It is shown to the whole group, so it is
 * the learner's choice, never guessed: the OS user name (often `root` or a
 * work login) is not published. Like git's "Please tell me who you are",
 * a command that needs it asks once in a terminal and saves the answer, and
 * otherwise stops with the command that sets it.
 */
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { MAX_NAME_LENGTH, nameProblem } from '../../group/snapshot.js';
import { updateProgress } from '../../progress/store.js';

/** The message for a name that cannot be used, or undefined when it is fine. */
export function nameMessage(name: string, m: Context['m']): string | undefined {
  const problem = nameProblem(name);
  if (problem === 'empty') return m.nameEmpty;
  if (problem === 'control') return m.nameControl;
  if (problem === 'long') return m.nameLong(MAX_NAME_LENGTH);
  return undefined;
}

export interface NameOptions {
  /** A prompt can be shown (stdin is a terminal, and stdout is not the command's data). */
  canAsk: boolean;
  /** What stops the command when it cannot ask. */
  missing: string;
}

/** The saved name; else asks for one and saves it; else a usage error (exit 2) with the `init --name` hint. */
export async function memberNameOrAsk(ctx: Context, options: NameOptions): Promise<{ name: string; asked: boolean }> {
  const saved = ctx.progress().progress.profile.name?.trim();
  if (saved) return { name: saved, asked: false };
  if (!options.canAsk) throw new UsageError(options.missing, ctx.m.hintNeedsName(ctx.cmd('init', '--name', { placeholder: ctx.lang === 'ko' ? '"<이름>"' : '"<your name>"' })));
  const answer = await ctx.prompts.input({ message: ctx.m.initName, validate: (value) => nameMessage(value, ctx.m) ?? true });
  const name = answer.trim();
  await updateProgress(ctx.progressFile, (p) => {
    p.profile.name = name;
  }, { now: ctx.now });
  return { name, asked: true };
}
