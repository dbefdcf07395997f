/** A spinner (ora) around slow steps such as git pull and push, in a terminal only. */
import type { Context } from '../context.js';

export async function withSpinner<T>(ctx: Pick<Context, 'stdoutIsTTY' | 'm'>, label: string, work: () => T): Promise<T> {
  if (!ctx.stdoutIsTTY) return work();
  const { default: ora } = await import('ora');
  const text = { pull: ctx.m.spinnerPull, push: ctx.m.spinnerPush };
  const spinner = ora({ text: text[label as keyof typeof text] ?? label, stream: process.stderr }).start();
  try {
    // Let the spinner draw once before the synchronous git call blocks the loop.
    await new Promise((resolve) => setTimeout(resolve, 30));
    return work();
  } finally {
    spinner.stop();
  }
}
