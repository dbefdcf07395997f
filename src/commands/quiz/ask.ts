/** Asks one question with the prompt that fits its type; returns the raw answer. */
import type { Choice, Question } from '../../curriculum/types.js';
import { pick, type Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import type { Answer } from '../../quiz/grade.js';
import { shuffle, type Random } from '../../quiz/random.js';
import type { Prompts } from '../../ui/prompts.js';
import { renderInline } from '../../ui/markdown.js';
import type { Style } from '../../ui/style.js';
import { sanitize, wrap } from '../../ui/text.js';

export interface AskContext {
  prompts: Prompts;
  lang: Lang;
  m: Messages;
  style: Style;
  columns: number;
  rows: number;
}

export async function askQuestion(ctx: AskContext, q: Question, random: Random): Promise<Answer> {
  const { prompts, lang, m, style } = ctx;
  const inline = (text: string) => renderInline(sanitize(text), style);
  // Wrapped here, width-aware, so the terminal never cuts a Korean word in two.
  const message = wrap(inline(pick(q.prompt, lang)), ctx.columns - 3, '', '  ').join('\n');
  // Choices wrap too, under themselves: inquirer prints them as given.
  const choiceText = (text: string) => wrap(inline(text), ctx.columns - 4, '', '  ').join('\n');
  const options = (list: Choice[]) => shuffle(list, random).map((c) => ({ value: c.id, name: choiceText(pick(c.text, lang)) }));
  // Wrapped choices take several lines: show as many as the terminal holds.
  const pageSize = Math.max(7, ctx.rows - 8);
  switch (q.type) {
    case 'single':
      return prompts.select({ message, choices: options(q.choices), pageSize });
    case 'multiple':
      // Most question texts already say so; other curricula may not.
      return prompts.checkbox({ message: /select all|모두 고르/i.test(message) ? message : `${message} (${m.quizSelectAll})`, choices: options(q.choices), pageSize });
    case 'truefalse':
      return prompts.select<boolean>({
        message,
        choices: [
          { value: true, name: m.quizTrue },
          { value: false, name: m.quizFalse },
        ],
      });
    case 'short':
      return prompts.input({ message });
    case 'order':
      return prompts.order({ message, choices: options(q.choices), help: m.quizOrderHelp });
    case 'match': {
      const answer: Record<string, string> = {};
      const right = options(q.right);
      const lefts = q.left;
      for (const [i, left] of lefts.entries()) {
        const leftText = inline(pick(left.text, lang));
        answer[left.id] = await prompts.select({ message: i === 0 ? `${message}\n  ${m.quizMatchPrompt(leftText, i + 1, lefts.length)}` : m.quizMatchPrompt(leftText, i + 1, lefts.length), choices: right, pageSize });
      }
      return answer;
    }
  }
}

/** The right answer, written out for the feedback after a question. */
export function answerText(q: Question, lang: Lang, m: Messages): string[] {
  const text = (list: Choice[], id: string) => sanitize(pick(list.find((c) => c.id === id)?.text, lang));
  switch (q.type) {
    case 'single':
      return [text(q.choices, q.answer)];
    case 'multiple':
      return q.answer.map((id) => text(q.choices, id));
    case 'truefalse':
      return [q.answer ? m.quizTrue : m.quizFalse];
    case 'short':
      return [q.accept[0]!, ...(q.accept.length > 1 ? [`(${m.quizAlsoAccepted}: ${q.accept.slice(1).join(', ')})`] : [])];
    case 'order':
      return q.answer.map((id, i) => `${i + 1}. ${text(q.choices, id)}`);
    case 'match':
      return Object.entries(q.answer).map(([l, r]) => `${text(q.left, l)} → ${text(q.right, r)}`);
  }
}
