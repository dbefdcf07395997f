/**
 * `mlops-study` alone in a terminal: a menu of what a learner does, which
 * comes back after each action (src/cli.ts runs the chosen command). `show`
 * asks for a topic and `search` for words first.
 */
import type { Context } from '../../context.js';
import { pick } from '../../i18n/lang.js';
import { own } from '../../progress/types.js';
import { sanitize, wrap } from '../../ui/text.js';
import { readTopics, schedule } from '../shared.js';

/** The command to run (its arguments after the program), or undefined to quit. */
export async function menu(ctx: Context): Promise<string[] | undefined> {
  const { m } = ctx;
  const entries = [
    ['next', m.menuNext],
    ['check', m.menuCheck],
    ['quiz', m.menuQuiz],
    ['show', m.menuShow],
    ['search', m.menuSearch],
    ['status', m.menuStatus],
    ['init', m.menuInit],
  ] as const;
  const width = Math.max(...entries.map(([command]) => command.length));
  const choice = await ctx.prompts.menu({
    message: m.menuPrompt,
    choices: entries.map(([command, what], i) => ({ value: command, key: String(i + 1), name: `${command.padEnd(width)}  ${what}` })),
    help: m.menuHelp(entries.length),
    quitName: m.menuQuit,
  });
  if (choice === 'show') return pickTopic(ctx);
  if (choice === 'search') {
    const words = (await ctx.prompts.input({ message: m.menuSearchWords })).trim();
    return words ? ['search', ...words.split(/\s+/)] : [];
  }
  return choice === undefined ? undefined : [choice];
}

/**
 * Every topic, this week's first: `show` needs one. Topics already read are
 * ticked, and the cursor starts on the first one not read yet (the one next
 * would suggest), so Enter goes on reading.
 */
async function pickTopic(ctx: Context): Promise<string[]> {
  const curriculum = await ctx.curriculumIndex();
  const current = schedule(ctx, curriculum).position.week;
  const read = readTopics(ctx, curriculum);
  const { c, tick } = ctx.style;
  const weeks = [...curriculum.weeks].sort((a, b) => (a.number === current ? -1 : b.number === current ? 1 : a.number - b.number));
  const topics = weeks.flatMap((w) =>
    w.topics.map((t) => {
      const title = sanitize(pick(t.title, ctx.lang));
      const done = own(read, t.id) !== undefined;
      // Wrapped by display width (inquirer would let the terminal cut a Korean word), under itself.
      const name = wrap(`${ctx.m.weekTag(w.number)} ${done ? c.dim(title) : title}`, ctx.columns - 4, done ? `${c.green(tick)} ` : '  ', '    ').join('\n');
      return { value: t.id, name, short: title, description: t.id, done };
    }),
  );
  const unread = topics.find((t) => !t.done);
  const id = await ctx.prompts.select({
    message: ctx.m.menuPickTopic,
    choices: topics.map(({ done: _done, ...choice }) => choice),
    ...(unread ? { default: unread.value } : {}),
    pageSize: Math.max(5, Math.min(topics.length, ctx.rows - 4)),
  });
  return ['show', id];
}
