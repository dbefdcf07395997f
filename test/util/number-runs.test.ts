import { describe, expect, it } from 'vitest';
import { numberRuns } from '../../src/util/number-runs.js';

describe('numberRuns', () => {
  it('joins consecutive numbers into runs and leaves gaps apart', () => {
    expect(numberRuns([])).toEqual([]);
    expect(numberRuns([4])).toEqual(['4']);
    expect(numberRuns([1, 2, 3, 5])).toEqual(['1\u20133', '5']);
    expect(numberRuns([2, 4, 6])).toEqual(['2', '4', '6']);
    expect(numberRuns([1, 2, 4, 5, 9])).toEqual(['1\u20132', '4\u20135', '9']);
  });
});
