/** `mlops-study` alone in a terminal: a small menu of the daily commands. */
import type { Context } from '../../context.js';

export type MenuChoice = 'next' | 'check' | 'quiz' | 'status' | 'quit';

export async function menu(ctx: Context): Promise<MenuChoice> {
  const { m } = ctx;
  return ctx.prompts.select<MenuChoice>({
    message: m.menuPrompt,
    choices: [
      { value: 'next', name: `next    ${m.menuNext}` },
      { value: 'check', name: `check   ${m.menuCheck}` },
      { value: 'quiz', name: `quiz    ${m.menuQuiz}` },
      { value: 'status', name: `status  ${m.menuStatus}` },
      { value: 'quit', name: `quit    ${m.menuQuit}` },
    ],
  });
}
