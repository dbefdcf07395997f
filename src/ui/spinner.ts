/** A spinner (ora) around slow steps such as git pull and push, in a terminal only. */
import type { Context } from '../context.js';

export async function withSpinner<T>(ctx: Pick<Context, 'stdoutIsTTY' | 'lang'>, label: string, work: () => T): Promise<T> {
  if (!ctx.stdoutIsTTY) return work();
  const { default: ora } = await import('ora');
  const text = ctx.lang === 'ko' ? { pull: '그룹 저장소에서 pull 하는 중…', push: '그룹 저장소로 push 하는 중…' } : { pull: 'Pulling the group repository…', push: 'Pushing to the group repository…' };
  const spinner = ora({ text: text[label as keyof typeof text] ?? label, stream: process.stderr }).start();
  try {
    // Let the spinner draw once before the synchronous git call blocks the loop.
    await new Promise((resolve) => setTimeout(resolve, 30));
    return work();
  } finally {
    spinner.stop();
  }
}
