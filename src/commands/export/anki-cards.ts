/**
 * One quiz question as the two sides of an Anki card, in HTML. Pure.
 *
 * The front asks what the quiz asks: the prompt, and the choices lettered
 * A, B, C… (numbered 1, 2, 3… for the left side of a matching question). The
 * back gives the answer in the same letters, then the explanation, the topic
 * to revisit and the source. A card is read without the quiz's shuffling,
 * so an ordering question whose choices are written in the right order (or a
 * matching question whose right side lines up with its left) is shuffled
 * here, the same way every time: the export is deterministic.
 */
import type { Choice, Question } from '../../curriculum/types.js';
import { pick, type Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { seededRandom, shuffle } from '../../quiz/random.js';
import { inlineHtml } from '../../ui/inline-html.js';
import { hash53 } from '../../util/hash.js';
import { htmlText } from '../../util/untrusted.js';

export interface CardSides {
  front: string;
  back: string;
}

export interface CardContext {
  lang: Lang;
  m: Messages;
  /** The question's topic, to revisit: its title and the command that opens it. */
  topic?: { title: string; command: string };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (i: number) => LETTERS[i] ?? String(i + 1);
/** A block of lines, left-aligned under Anki's centred card text. */
const block = (lines: string[]) => `<div style="display:inline-block;text-align:left">${lines.join('<br>')}</div>`;
const hint = (text: string) => `<i>${htmlText(text)}</i>`;

export function ankiCard(q: Question, ctx: CardContext): CardSides {
  const { lang, m } = ctx;
  const text = (c: Choice) => inlineHtml(pick(c.text, lang));
  const prompt = inlineHtml(pick(q.prompt, lang));
  const lettered = (list: Choice[]) => list.map((c, i) => `<b>${letter(i)}.</b> ${text(c)}`);
  const letterOf = (list: Choice[], id: string) => letter(list.findIndex((c) => c.id === id));
  let front: string[];
  let answer: string[];
  switch (q.type) {
    case 'single':
      front = [prompt, block(lettered(q.choices))];
      answer = [block(q.choices.flatMap((c, i) => (c.id === q.answer ? [`<b>${letter(i)}.</b> ${text(c)}`] : [])))];
      break;
    case 'multiple': {
      // Most question texts already say so; other curricula may not (as the quiz does).
      const selectAll = /select all|모두 고르/i.test(pick(q.prompt, lang)) ? [] : [hint(m.quizSelectAll)];
      front = [prompt, ...selectAll, block(lettered(q.choices))];
      answer = [block(q.choices.flatMap((c, i) => (q.answer.includes(c.id) ? [`<b>${letter(i)}.</b> ${text(c)}`] : [])))];
      break;
    }
    case 'truefalse':
      front = [prompt, hint(m.ankiTrueOrFalse)];
      answer = [`<b>${htmlText(q.answer ? m.quizTrue : m.quizFalse)}</b>`];
      break;
    case 'short': {
      const shown = (a: string) => (q.exact ? `<code>${htmlText(a)}</code>` : htmlText(a));
      front = [prompt];
      const others = q.accept.length > 1 ? `<br>${htmlText(m.quizAlsoAccepted)}: ${q.accept.slice(1).map(shown).join(', ')}` : '';
      answer = [`<b>${shown(q.accept[0]!)}</b>${others}`];
      break;
    }
    case 'order': {
      const shownOrder = unlike(q.choices, q.answer, q.id);
      front = [prompt, hint(m.ankiOrderHint), block(lettered(shownOrder))];
      const steps = q.answer.map((id) => shownOrder.find((c) => c.id === id)!);
      answer = [`<b>${q.answer.map((id) => letterOf(shownOrder, id)).join(' → ')}</b>`, block(steps.map((c, i) => `${i + 1}. ${text(c)}`))];
      break;
    }
    case 'match': {
      const pairs = q.left.map((l) => q.answer[l.id]!);
      const right = unlike(q.right, pairs, q.id);
      front = [prompt, hint(m.ankiMatchHint), block(q.left.map((l, i) => `<b>${i + 1}.</b> ${text(l)}`)), block(lettered(right))];
      answer = [
        `<b>${q.left.map((l, i) => `${i + 1} → ${letterOf(right, q.answer[l.id]!)}`).join(', ')}</b>`,
        block(q.left.map((l) => `${text(l)} → ${text(right.find((r) => r.id === q.answer[l.id])!)}`)),
      ];
      break;
    }
  }
  const back = [...answer, `<b>${htmlText(m.quizWhy)}:</b> ${inlineHtml(pick(q.explanation, lang))}`];
  const more: string[] = [];
  if (ctx.topic) more.push(`${htmlText(m.quizRevisit)}: ${htmlText(ctx.topic.title)} · <code>${htmlText(ctx.topic.command)}</code>`);
  if (q.source) more.push(`${htmlText(m.quizSource)}: <a href="${htmlText(q.source)}">${htmlText(q.source)}</a>`);
  if (more.length) back.push(`<small>${more.join('<br>')}</small>`);
  return { front: front.join('<br><br>'), back: back.join('<br><br>') };
}

/**
 * The choices in their written order, unless that order is the answer
 * (`answer` lists, position by position, the choice IDs that would give it
 * away): then shuffled with a seed taken from the question's ID, keeping the
 * first of a few shuffles that leaves the fewest choices in their answer place.
 */
function unlike(choices: Choice[], answer: string[], questionId: string): Choice[] {
  const inPlace = (list: Choice[]) => answer.filter((id, i) => list[i]?.id === id).length;
  if (inPlace(choices) < answer.length) return choices;
  const random = seededRandom(parseInt(hash53(questionId).slice(-8), 16));
  let best = shuffle(choices, random);
  for (let tries = 0; tries < 16 && inPlace(best) > 0; tries++) {
    const shuffled = shuffle(choices, random);
    if (inPlace(shuffled) < inPlace(best)) best = shuffled;
  }
  // Two choices (or bad luck): the reverse order has none in its answer place.
  return inPlace(best) < answer.length ? best : [...choices].reverse();
}
