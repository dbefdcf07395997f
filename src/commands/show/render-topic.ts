/** Renders a topic's study notes and a tool's card for `show`. */
import type { TopicPage } from '../../curriculum/topic-cache.js';
import type { Curriculum, Tool } from '../../curriculum/types.js';
import { pick } from '../../i18n/lang.js';
import { localDate } from '../../plan/dates.js';
import { bullets, heading, withCommand } from '../../ui/blocks.js';
import { renderInline, renderMarkdown } from '../../ui/markdown.js';
import { sanitize, wrap } from '../../ui/text.js';
import type { ShowSource } from './index.js';
import type { RenderContext } from './render.js';
import type { TopicView } from './topic.js';

/** A topic page; with the learner's progress (`show`), its items are ticked and it ends with the next step. */
export interface TopicRender {
  page: TopicPage;
  week: TopicView['week'];
  items: { id: string; text: string; done?: boolean }[];
  next?: TopicView['next'];
  read?: TopicView['read'];
}

export function renderTopic(view: TopicRender, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const { topic } = view.page;
  const { week } = view;
  const out = [
    // Where it is: "Week 2: Data", "Week 0: Setup" (the guide's own label), "Appendix: FAQ".
    c.dim(week.number === 0 ? `${m.appendix}: ${sanitize(week.title)}` : week.label ? sanitize(`${week.label}: ${week.title}`) : m.topicOfWeek(week.number, sanitize(week.title))),
    ...wrap(c.bold.cyan(sanitize(pick(topic.title, lang))), cols),
    ...wrap(c.italic(renderInline(sanitize(pick(topic.summary, lang)), style)), cols),
    '',
    ...renderMarkdown(pick(topic.notes, lang), style, cols),
  ];
  if (topic.commands.length) {
    out.push('', ...heading(style, m.keyCommands, cols));
    for (const cmd of topic.commands) {
      out.push(`  ${c.cyan(sanitize(cmd.command))}`);
      out.push(...wrap(renderInline(sanitize(pick(cmd.description, lang)), style), cols, '      '));
    }
  }
  if (topic.exercise) {
    out.push('', ...heading(style, m.exercise, cols), ...renderMarkdown(pick(topic.exercise.task, lang), style, cols, '  '));
    out.push('', `  ${c.bold(m.expected)}`, ...renderMarkdown(pick(topic.exercise.expected, lang), style, cols, '    '));
  }
  if (topic.pitfalls.length) out.push('', ...heading(style, m.pitfalls, cols), ...bullets(style, topic.pitfalls.map((p) => pick(p, lang)), cols));
  if (topic.links.length) {
    out.push('', ...heading(style, m.officialDocs, cols));
    for (const link of topic.links) out.push(...wrap(`${sanitize(pick(link.title, lang))} ${c.underline(sanitize(link.url))}`, cols, `  ${style.bullet} `));
  }
  if (view.items.length) {
    const done = view.items.filter((i) => i.done).length;
    out.push('', ...heading(style, m.relatedItems, cols, view.items.some((i) => i.done !== undefined) ? `${done}/${view.items.length}` : ''));
    for (const item of view.items) {
      if (item.done) out.push(...wrap(c.dim(sanitize(item.text)), cols, `  ${c.green(style.tick)} `));
      else {
        const mark = item.done === false ? c.yellow(style.unicode ? '○' : 'o') : style.bullet;
        out.push(...withCommand(sanitize(item.text), c.dim(ctx.cmd('check', item.id)), cols, `  ${mark} `));
      }
    }
  }
  const { tools, questions } = view.page;
  if (tools.length) out.push('', ...wrap(`${c.bold(m.tools)}: ${tools.map((t) => `${sanitize(t.name)} ${c.dim(`(${ctx.cmd('show', t.id)})`)}`).join(', ')}`, cols));
  if (questions) out.push('', ...wrap(c.dim(m.quizAbout(questions, ctx.cmd('quiz', '--week', String(week.number)))), cols, '', '  '));
  if (view.read?.state === 'new') out.push('', ...wrap(c.dim(`${style.tick} ${m.showMarkedRead(ctx.cmd('read', topic.id, '--undo'))}`), cols, '', '  '));
  else if (view.read?.state === 'already' && view.read.at) out.push('', ...wrap(c.dim(m.showReadOn(localDate(new Date(view.read.at)))), cols));
  if (view.next) {
    // "Next: <topic> — <command>", or the step's sentence and its command as next says it.
    const { suggestion, topic: following } = view.next;
    const text = following ? `${c.bold(m.nextStepShort)}: ${sanitize(following.title)} —` : `${c.bold(m.nextStepShort)}: ${sanitize(suggestion.text)}:`;
    out.push(...(view.read && view.read.state !== 'peek' ? [] : ['']), ...withCommand(text, ctx.cmd(...suggestion.command), cols, '', '  '));
  }
  return out.join('\n');
}

export function renderTool(tool: Tool, curriculum: ShowSource, ctx: RenderContext): string {
  const { style, columns: cols, m, lang } = ctx;
  const { c } = style;
  const category = curriculum.toolCategories.find((cat) => cat.id === tool.category);
  const out = [
    ...wrap(`${c.bold.cyan(sanitize(tool.name))} ${c.dim(`· ${m.category}: ${sanitize(pick(category?.title, lang) || tool.category)}`)}`, cols),
    ...wrap(renderInline(sanitize(pick(tool.purpose, lang)), style), cols),
    '',
    ...heading(style, m.whenToPick, cols),
    ...wrap(renderInline(sanitize(pick(tool.whenToPick, lang)), style), cols, '  '),
    '',
    ...wrap(`${c.bold(m.homepage)}: ${c.underline(sanitize(tool.url))}`, cols),
  ];
  if (tool.docs) out.push(...wrap(`${c.bold(m.docs)}: ${c.underline(sanitize(tool.docs))}`, cols));
  if (tool.installCheck) out.push(...wrap(`${c.bold(m.installCheck)}: ${c.cyan(sanitize(tool.installCheck))}`, cols));
  if (tool.weeks.length) out.push(...wrap(c.bold(m.usedInWeeks(tool.weeks.join(', '), tool.weeks.length > 1)), cols));
  const topics = curriculum.weeks.flatMap((w) => w.topics).filter((t) => t.tools.includes(tool.id));
  if (topics.length) {
    out.push('', ...heading(style, m.topics, cols));
    for (const t of topics) out.push(...wrap(`${sanitize(pick(t.title, lang))} ${c.dim(ctx.cmd('show', t.id))}`, cols, `  ${style.bullet} `));
  }
  return out.join('\n');
}
