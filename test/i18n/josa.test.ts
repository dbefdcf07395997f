/** Korean particles after names the catalogue cannot know in advance. */
import { describe, expect, it } from 'vitest';
import { josa } from '../../src/i18n/josa.js';

describe('josa', () => {
  it.each([
    ['/tmp/o', '은/는', '/tmp/o는'],
    ['config.json', '은/는', 'config.json은'],
    ['config.json.lock', '이/가', 'config.json.lock이'],
    ['weeks/01.yaml', '을/를', 'weeks/01.yaml을'],
    ['x.md', '은/는', 'x.md는'],
    ['members/', '은/는', 'members/는'],
    ['"first-item"', '이/가', '"first-item"이'],
    ['"basics"', '은/는', '"basics"는'],
    ['"c"', '은/는', '"c"는'],
    ['MLOPS_STUDY_PAGER', '이/가', 'MLOPS_STUDY_PAGER가'],
    ['2026-12-01', '은/는', '2026-12-01은'],
    ['12', '으로/로', '12로'],
    ['3', '으로/로', '3으로'],
    ['7', '으로/로', '7로'],
    ['목록', '이어야/여야', '목록이어야'],
    ['숫자', '이어야/여야', '숫자여야'],
    ['스냅샷', '이/가', '스냅샷이'],
    ['다른 mlops-study', '이/가', '다른 mlops-study가'],
    ['커리큘럼', '으로/로', '커리큘럼으로'],
    ['파일', '으로/로', '파일로'],
    ['사과', '을/를', '사과를'],
    ['漢', '은/는', '漢은(는)'],
    ['[✔️]', '으로/로', '[✔️](으)로'],
  ])('%s + %s → %s', (word, particle, expected) => {
    expect(josa(word, particle as never)).toBe(expected);
  });

  it('takes numbers', () => {
    expect(josa(2, '은/는')).toBe('2는');
    expect(josa(1, '이/가')).toBe('1이');
  });
});
