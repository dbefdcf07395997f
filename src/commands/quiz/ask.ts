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

/** The learner chose "Don't know": graded as Again, counted wrong, saved as skipped. */
export const DONT_KNOW = Symbol('dont-know');
export type Given = Answer | typeof DONT_KNOW;

/** "?" (half- or full-width) typed as a short answer means "don't know". */
const isShortSkip = (text: string) => /^[?？]$/.test(text.trim());

export async function askQuestion(ctx: AskContext, q: Question, random: Random): Promise<Given> {
  const { prompts, lang, m, style } = ctx;
  const inline = (text: string) => renderInline(sanitize(text), style);
  const prompt = pick(q.prompt, lang);
  // Wrapped here, width-aware, so the terminal never cuts a Korean word in two.
  const layout = (text: string) => wrap(text, ctx.columns - 3, '', '  ').join('\n');
  const message = layout(inline(prompt));
  // Choices wrap too, under themselves: inquirer prints them as given. The echo is the plain text (see prompts.ts).
  const choiceText = (text: string) => wrap(inline(text), ctx.columns - 4, '', '  ').join('\n');
  const options = (list: Choice[]) => shuffle(list, random).map((c) => ({ value: c.id, name: choiceText(pick(c.text, lang)), short: inline(pick(c.text, lang)) }));
  const dontKnow = { value: DONT_KNOW as typeof DONT_KNOW, name: style.c.dim(m.quizDontKnow), short: m.quizDontKnow };
  // Wrapped choices take several lines: show as many as the terminal holds.
  const pageSize = Math.max(7, ctx.rows - 8);
  switch (q.type) {
    case 'single':
      return prompts.select<Given>({ message, choices: [...options(q.choices), dontKnow], pageSize });
    case 'multiple': {
      // Most question texts already say so (checked before wrapping: a line break may fall inside the phrase); other curricula may not.
      const full = /select all|모두 고르/i.test(prompt) ? message : layout(`${inline(prompt)} (${m.quizSelectAll})`);
      const picked = await prompts.checkbox<string | typeof DONT_KNOW>({
        message: full,
        choices: [...options(q.choices), dontKnow],
        pageSize,
        validate: (values) => (values.length ? true : m.quizEmpty),
      });
      return picked.includes(DONT_KNOW) ? DONT_KNOW : (picked as string[]);
    }
    case 'truefalse':
      return prompts.select<Given>({
        message,
        choices: [
          { value: true, name: m.quizTrue },
          { value: false, name: m.quizFalse },
          dontKnow,
        ],
      });
    case 'short': {
      const text = await prompts.input({
        message: layout(`${inline(prompt)} ${style.c.dim(m.quizShortHint)}`),
        validate: (value) => (value.trim() ? true : m.quizShortEmpty),
      });
      return isShortSkip(text) ? DONT_KNOW : text;
    }
    case 'order': {
      const order = await prompts.order({ message, choices: options(q.choices), help: `${m.quizOrderHelp} • ${m.quizOrderSkipHelp}`, skipKey: '?' });
      return order.length ? order : DONT_KNOW;
    }
    case 'match': {
      const answer: Record<string, string> = {};
      const right = options(q.right);
      const lefts = q.left;
      for (const [i, left] of lefts.entries()) {
        const leftText = inline(pick(left.text, lang));
        const used = new Set(Object.values(answer));
        // Choices already paired stay choosable (a curriculum may reuse one) but say so.
        const choices = right.map((c) => (used.has(c.value) ? { ...c, name: `${c.name} ${style.c.dim(`(${m.quizUsed})`)}` } : c));
        const pair = m.quizMatchPrompt(leftText, i + 1, lefts.length);
        const picked = await prompts.select<string | typeof DONT_KNOW>({ message: i === 0 ? `${message}\n  ${pair}` : pair, choices: [...choices, dontKnow], pageSize });
        if (picked === DONT_KNOW) return DONT_KNOW;
        answer[left.id] = picked;
      }
      return answer;
    }
  }
}

/** A matching answer pair by pair, for ✔/✘ in the feedback. */
export function givenPairs(q: Question & { type: 'match' }, given: Record<string, string>, lang: Lang): { left: string; given: string; right: boolean }[] {
  const text = (list: Choice[], id: string | undefined) => sanitize(pick(list.find((c) => c.id === id)?.text, lang));
  return q.left.map((left) => ({ left: text(q.left, left.id), given: text(q.right, given[left.id]), right: given[left.id] === q.answer[left.id] }));
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
