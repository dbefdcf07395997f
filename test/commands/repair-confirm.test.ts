/** config repair asks with what it keeps and what it would drop in view, wrapped to the terminal. */
import { describe, expect, it } from 'vitest';
import { confirmText } from '../../src/commands/config/render.js';
import { messages } from '../../src/i18n/messages.js';
import { width } from '../../src/ui/text.js';

const view = {
  file: '/home/j/.config/mlops-study/config.json',
  state: 'repaired' as const,
  kept: { courses: 1, items: 3, cards: 0, reviews: 0 },
  dropped: ['알 수 없는 최상위 필드: "extra"', 'courses.mlops-study.items.git-mastery: 올바른 완료 시각(doneAt)이 없습니다'],
};

describe('config repair asks', () => {
  it.each([40, 100])('naming what it would drop, within %i columns', (columns) => {
    const text = confirmText(view, messages('ko'), columns);
    expect(text).toContain('버리게 되는 것:');
    for (const d of ['"extra"', 'git-mastery']) expect(text.replace(/\n */g, '')).toContain(d);
    expect(text.split('\n').at(-1)).toMatch(/복구할까요\?/);
    // The prompt puts "? " in front of the first line.
    for (const line of text.split('\n')) expect(width(line) + 2).toBeLessThanOrEqual(columns);
  });

  it('without a list when nothing is dropped', () => {
    expect(confirmText({ ...view, dropped: [] }, messages('en'), 80)).toBe('Recoverable: 3 ticked items, 0 quiz cards, 0 reviews (1 curriculum).\nRepair the file? (the original is backed up beside it)');
  });
});
