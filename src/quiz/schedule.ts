/**
 * FSRS scheduling through ts-fsrs: one card per question. Fuzz on; short-term
 * learning steps off, because this is a once-a-day CLI, not a session app.
 * Cards are stored as JSON (ISO dates) and restored with TypeConvert.card().
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, TypeConvert, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import type { StoredCard } from '../progress/types.js';

export { Rating };

const scheduler = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: false }));

function toJson<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

export function restoreCard(stored: StoredCard | undefined, now: Date): Card {
  return stored ? TypeConvert.card(stored as unknown as Card) : createEmptyCard(now);
}

export interface Reviewed {
  card: StoredCard;
  log: Record<string, unknown>;
}

export function reviewCard(stored: StoredCard | undefined, rating: Grade, now: Date): Reviewed {
  const { card, log } = scheduler.next(restoreCard(stored, now), now, rating);
  return { card: toJson(card) as StoredCard, log: toJson(log as ReviewLog) };
}

/** Rating for an answer: wrong is Again, right is Good unless the learner rated it. */
export function ratingFor(correct: boolean, chosen?: Grade): Grade {
  if (!correct) return Rating.Again;
  return chosen ?? Rating.Good;
}
