/**
 * The order of a quiz session, Anki-style: every question once, and a missed
 * one again a few questions later, until it is answered right (or the session
 * ends). Only a question's first answer is a review (scheduled by FSRS, scored);
 * the re-asks are relearning steps that move nothing. Pure: no prompts, no clock.
 */

/** How many other questions come between a miss and its re-ask (fewer when fewer are left). */
export const RELEARN_GAP = 3;

export interface Turn<Q> {
  question: Q;
  /** 0 for the first ask; 1, 2… for re-asks after a miss. */
  attempt: number;
  /** Position among the session's questions, 1-based (re-asks keep theirs). */
  number: number;
}

export class SessionQueue<Q> {
  private readonly queue: Turn<Q>[];
  /** Questions answered right at last after a miss. */
  relearned = 0;

  /** Questions in the session (each counted once). */
  readonly total: number;

  constructor(questions: readonly Q[]) {
    this.total = questions.length;
    this.queue = questions.map((question, i) => ({ question, attempt: 0, number: i + 1 }));
  }

  next(): Turn<Q> | undefined {
    return this.queue.shift();
  }

  /** Records how `turn` was answered; a miss comes back after RELEARN_GAP other questions. */
  answered(turn: Turn<Q>, right: boolean): void {
    if (right) {
      if (turn.attempt > 0) this.relearned++;
      return;
    }
    this.queue.splice(Math.min(RELEARN_GAP, this.queue.length), 0, { ...turn, attempt: turn.attempt + 1 });
  }

  /** Re-asks still waiting (a session ended now leaves them unlearned). */
  get pending(): number {
    return this.queue.filter((t) => t.attempt > 0).length;
  }
}
