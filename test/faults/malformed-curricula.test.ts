/** Case 7: malformed curricula through the binary: a located error, never a crash, a hang or a raw escape. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, FIXTURES, run, tempDir } from '../helpers/cli.js';

const fixture = (name: string) => join(FIXTURES, 'curricula', name);

describe('malformed curricula', () => {
  it.each([
    ['yaml-syntax', /weeks\/01\.yaml:6:1: YAML: /],
    ['duplicate-id', /weeks\/02\.yaml:10:9: duplicate id "first-item"/],
    ['missing-translation', /weeks\/01\.yaml:16:11: missing English translation \(en\)/],
    ['unknown-field', /weeks\/01\.yaml:18:5: unknown field "colour"/],
    ['wrong-type', /weeks\/02\.yaml:1:7: "week" should be a number/],
    ['broken-reference', /weeks\/01\.yaml:15:12: unknown topic "basic"/],
    ['week-gap', /weeks\/02\.yaml:1:7: week numbers must run 1, 2, 3/],
    ['alias-bomb', /weeks\/02\.yaml:1:1: YAML: Excessive alias count/],
    ['invalid-utf8', /weeks\/01\.yaml:3:14: not valid UTF-8/],
    ['control-chars', /weeks\/01\.yaml:3:14: control character U\+001B/],
    ['bad-answer', /questions\/01\.yaml:9:13: answer "c" is not one of the choices/],
  ])('%s: validate and next report it at its line', async (name, location) => {
    for (const args of [['validate', fixture(name)], ['next']]) {
      const r = await run(args, { env: { MLOPS_STUDY_CURRICULUM: fixture(name) } });
      expect(r.code, args[0]).toBe(1);
      expect(r.stdout + r.stderr).toMatch(location);
      expect(r.stdout + r.stderr).not.toContain('\u001b');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a 5 MB file quickly with a located message', async () => {
    const dir = tempDir();
    cpSync(fixture('minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'weeks/02.yaml'), `week: 2\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const r = await run(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([{ file: expect.stringMatching(/weeks\/02\.yaml$/), line: 1, column: 1, code: 'unreadable', message: expect.stringMatching(/5\.0 MB; curriculum files may be at most 2 MB/) }]);
  });

  it('explains a directory that is not a curriculum', async () => {
    const r = await run(['next'], { env: { MLOPS_STUDY_CURRICULUM: tempDir() } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no course\.yaml in /);
    expect(r.stderr).toContain(`this creates one: ${AS_RUN} new <dir>`);
    const missing = await run(['validate', '/nonexistent/curriculum', '--json']);
    expect(JSON.parse(missing.stdout).errors[0].message).toContain('curriculum directory not found');
  });
});
