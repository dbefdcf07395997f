/** The order of a quiz session: each question once, a missed one again after a few others until right. */
import { describe, expect, it } from 'vitest';
import { RELEARN_GAP, SessionQueue } from '../../src/quiz/session.js';

function play(questions: string[], wrong: Record<string, number>) {
  const queue = new SessionQueue(questions);
  const misses = { ...wrong };
  const asked: string[] = [];
  for (let turn = queue.next(); turn; turn = queue.next()) {
    asked.push(turn.attempt ? `${turn.question}*${turn.attempt}` : turn.question);
    const right = !(misses[turn.question]! > 0);
    if (!right) misses[turn.question]!--;
    queue.answered(turn, right);
  }
  return { asked, queue };
}

describe('session queue', () => {
  it('asks everything once when every answer is right', () => {
    expect(play(['a', 'b', 'c'], {}).asked).toEqual(['a', 'b', 'c']);
  });

  it(`brings a miss back after ${RELEARN_GAP} others, and again until right`, () => {
    const { asked, queue } = play(['a', 'b', 'c', 'd', 'e'], { a: 2 });
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'a*1', 'e', 'a*2']);
    expect(queue.relearned).toBe(1);
    expect(queue.total).toBe(5);
  });

  it('with fewer left, a miss comes back at the end; alone, at once', () => {
    expect(play(['a', 'b'], { a: 1 }).asked).toEqual(['a', 'b', 'a*1']);
    expect(play(['a'], { a: 2 }).asked).toEqual(['a', 'a*1', 'a*2']);
  });

  it('keeps each question\'s number on its re-asks', () => {
    const queue = new SessionQueue(['a', 'b']);
    const first = queue.next()!;
    queue.answered(first, false);
    queue.answered(queue.next()!, true);
    expect(queue.next()).toEqual({ question: 'a', attempt: 1, number: 1 });
    expect(queue.pending).toBe(0);
  });
});
