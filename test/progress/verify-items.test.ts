/** What verify writes into progress: ticks with their verification, never an untick. */
import { describe, expect, it } from 'vitest';
import { checkItems, verifyItems } from '../../src/progress/mutations.js';
import { emptyProgress } from '../../src/progress/types.js';

const at = new Date('2026-12-08T01:00:00.000Z');
const tick = { commit: 'a'.repeat(40), remote: 'https://github.com/jimin/iris.git', at, today: '2026-12-08' };

describe('verifyItems', () => {
  it('ticks an open item as by: verify, with verified and the evidence git:<commit> plus the remote', () => {
    const p = emptyProgress();
    expect(verifyItems(p, 'c', ['x'], tick)).toEqual([{ id: 'x', change: 'done' }]);
    expect(p.courses.c!.items.x).toEqual({
      doneAt: at.toISOString(),
      by: 'verify',
      evidence: [`git:${'a'.repeat(40)}`, 'https://github.com/jimin/iris.git'],
      verified: { commit: 'a'.repeat(40), at: at.toISOString(), remote: 'https://github.com/jimin/iris.git' },
    });
    expect(p.courses.c!.activity['2026-12-08']).toBe(1);
  });

  it('keeps the time and the source of an item ticked by hand, and adds the verification and evidence', () => {
    const p = emptyProgress();
    checkItems(p, 'c', ['x'], { at: new Date('2026-12-01T00:00:00.000Z'), today: '2026-12-01', note: 'did it', evidence: ['https://github.com/jimin/iris/pull/1'] });
    expect(verifyItems(p, 'c', ['x'], { ...tick, remote: undefined } as never)).toEqual([{ id: 'x', change: 'noted' }]);
    const entry = p.courses.c!.items.x!;
    expect(entry.doneAt).toBe('2026-12-01T00:00:00.000Z');
    expect(entry.by).toBeUndefined();
    expect(entry.note).toBe('did it');
    expect(entry.evidence).toEqual(['https://github.com/jimin/iris/pull/1', `git:${'a'.repeat(40)}`]);
    expect(entry.verified).toEqual({ commit: 'a'.repeat(40), at: at.toISOString() });
  });

  it('works on IDs such as constructor, as own entries', () => {
    const p = emptyProgress();
    verifyItems(p, 'c', ['constructor'], tick);
    expect(Object.hasOwn(p.courses.c!.items, 'constructor')).toBe(true);
  });
});
