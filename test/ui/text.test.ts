/** wrap(): words that must stay whole when longer than the room left on a line. */
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/ui/text.js';

describe('wrap', () => {
  it('keeps a file path whole, on a line of its own, when it is longer than the line (cut, it names no file)', () => {
    const path = '/tmp/a-very-long-temporary-directory-name/config.json.corrupt-20261130T024537Z';
    expect(wrap(`Original kept as: ${path}`, 40, '  ')).toEqual(['  Original kept as:', `  ${path}`]);
    for (const p of ['~/study/notes/a-very-long-file-name-for-a-test.md', './dist/cold/commands-reference-and-more.cjs', '../group-repository/members/someone.json', 'C:\\Users\\jimin\\AppData\\Roaming\\mlops-study\\config.json']) {
      expect(wrap(p, 20)).toEqual([p]);
    }
  });

  it('still cuts a long word that is not a path, a URL or a command', () => {
    expect(wrap('a'.repeat(30), 20)).toEqual(['a'.repeat(20), 'a'.repeat(10)]);
    expect(wrap('and/or-something-very-long-without-a-leading-slash', 20)).toHaveLength(3);
  });
});
