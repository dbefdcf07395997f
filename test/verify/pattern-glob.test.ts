/** Patterns and globs from curricula: what is refused, and what runs safely on any input. */
import { describe, expect, it } from 'vitest';
import { curriculumProblemEn } from '../../src/i18n/curriculum-problems.js';
import { expandBraces, globProblem as globIssue, globRegExp } from '../../src/verify/glob.js';
import { compilePattern, patternProblem as patternIssue, withSafeRegexps } from '../../src/verify/pattern.js';

// What validate says about them, in English (the issue as the catalogue words it).
const patternProblem = (...a: Parameters<typeof patternIssue>) => {
  const issue = patternIssue(...a);
  return issue && curriculumProblemEn({ code: 'pattern', issue });
};
const globProblem = (...a: Parameters<typeof globIssue>) => {
  const issue = globIssue(...a);
  return issue && curriculumProblemEn({ code: 'glob', issue });
};

describe('patternProblem', () => {
  it.each([
    ['(a)\\1', /backreference or lookaround/],
    ['a(?=b)', /backreference or lookaround/],
    ['(?<=a)b', /backreference or lookaround/],
    ['(unclosed', /not a valid regular expression/],
    ['', /empty/],
    ['x'.repeat(301), /longer than 300/],
  ])('refuses %j', (source, reason) => {
    expect(patternProblem(source)).toMatch(reason);
  });

  it('wants lower case with ignoreCase (the text is lowercased), escapes aside', () => {
    expect(patternProblem('FROM', { ignoreCase: true })).toMatch(/lower case/);
    expect(patternProblem('from\\s+\\S+', { ignoreCase: true })).toBeUndefined();
  });

  it('accepts the patterns of ordinary probes', () => {
    for (const p of ['^\\s*remote\\s*=\\s*\\S', 'mlflow\\.(log_params?|autolog)\\(', 'copy\\s+requirements[\\s\\S]*pip install', '[\\x22\\x27]https?:']) expect(patternProblem(p)).toBeUndefined();
  });
});

describe('compilePattern', () => {
  it('matches with ^ and $ at line breaks and tells the first matching line', () => {
    const p = compilePattern('^scikit-learn==');
    expect(p.test('numpy==2\nscikit-learn==1.5\n')).toBe(true);
    expect(p.firstMatch('numpy==2\nscikit-learn==1.5\n')).toEqual({ line: 2, text: 'scikit-learn==1.5' });
    expect(p.firstLine('numpy')).toBe(0);
  });

  it('ignoreCase lowercases the text, and reports the original line', () => {
    expect(compilePattern('^from ', true).firstMatch('# x\nFROM python:3.11\n')).toEqual({ line: 2, text: 'FROM python:3.11' });
  });

  // On a backtracking engine these take longer than the test's time limit (2^40 steps and more).
  it.each([
    ['(a+)+$', `${'a'.repeat(40)}!`],
    ['(x+x+)+y', 'x'.repeat(5000)],
    ['^(\\w*)*\\d=', 'x'.repeat(100_000)],
    ['(.*a){12}', 'a'.repeat(2000)],
  ])('runs the catastrophic pattern %j without hanging (V8 falls back to its linear-time engine)', async (source, text) => {
    expect(patternProblem(source)).toBeUndefined();
    expect(typeof (await withSafeRegexps(() => compilePattern(source).test(text)))).toBe('boolean');
  });
});

describe('globProblem', () => {
  it.each([
    ['/etc/passwd', /relative/],
    ['~/secrets', /relative/],
    ['C:/x', /relative/],
    ['../outside', /\. or \.\./],
    ['a/../../b', /\. or \.\./],
    ['./a', /\. or \.\./],
    ['.git/config', /inside \.git/],
    ['src/.git/HEAD', /inside \.git/],
    ['a\\b', /backslash/],
    ['a//b', /empty segment/],
    ['src/**.py', /whole path segment/],
    ['[ab].txt', /character classes/],
    ['{a,{b,c}}', /nest/],
    ['{a,b', /pair/],
    ['*a*b*c*d*e', /at most four/],
    ['x\u001b[31m', /control character/],
    ['{a,b}/{c,d}/{e,f}/{g,h}/{i,j}/{k,l}', /more than 32/],
  ])('refuses %j', (glob, reason) => {
    expect(globProblem(glob)).toMatch(reason);
  });

  it('accepts globs, brace lists, dotfiles and (for ignore paths) a trailing slash', () => {
    for (const g of ['dvc.yaml', 'data/*.dvc', '**/?*.dvc', '{README.md,src/train.py}', '.github/workflows/*.{yml,yaml}', '.dockerignore']) expect(globProblem(g)).toBeUndefined();
    expect(globProblem('.venv/')).toMatch(/empty segment/);
    expect(globProblem('.venv/', { directory: true })).toBeUndefined();
  });
});

describe('globRegExp and expandBraces', () => {
  it('matches whole relative paths: * within a segment, ** across any number of them', () => {
    const py = globRegExp('src/**/*.py');
    expect(['src/a.py', 'src/x/y/a.py'].every((p) => py.test(p))).toBe(true);
    expect(['src/a.pyc', 'lib/a.py', 'srca.py'].some((p) => py.test(p))).toBe(false);
    const dvc = globRegExp('**/?*.dvc');
    expect(dvc.test('data/raw.csv.dvc')).toBe(true);
    expect(dvc.test('.dvc')).toBe(false);
    expect(globRegExp('.venv').test('.venv')).toBe(true);
  });

  it('expands braces', () => {
    expect(expandBraces('{docker-compose,compose}.{yml,yaml}')).toEqual(['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml']);
  });
});
