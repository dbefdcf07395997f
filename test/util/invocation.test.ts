/** How a run was started, and commands printed so that they run when pasted. */
import { describe, expect, it } from 'vitest';
import { commandLine, detectInvocation, shellWord, type InvocationInput } from '../../src/util/invocation.js';
import { unbreakable, wrap } from '../../src/ui/text.js';

const files = (...paths: string[]) => (path: string) => paths.includes(path);
const base = (over: Partial<InvocationInput>): InvocationInput => ({ script: '/home/ji/mlops-study/bin/mlops-study.js', env: { PATH: '/usr/local/bin:/usr/bin' }, cwd: '/home/ji/mlops-study', home: '/home/ji', platform: 'linux', isFile: files(), ...over });

describe('detectInvocation', () => {
  it('npx and npm exec, from npm environment variables (npm 7+ and npx 11)', () => {
    expect(detectInvocation(base({ env: { npm_command: 'exec' } })).prefix).toEqual(['npx', 'mlops-study']);
    expect(detectInvocation(base({ env: { npm_lifecycle_event: 'npx' } })).prefix).toEqual(['npx', 'mlops-study']);
  });

  it('an npm script or a dependency: node_modules/.bin, which npx finds', () => {
    const r = detectInvocation(base({ script: '/home/ji/project/node_modules/.bin/mlops-study', env: { npm_command: 'run-script', PATH: '/home/ji/project/node_modules/.bin:/usr/bin' } }));
    expect(r).toEqual({ kind: 'npx', prefix: ['npx', 'mlops-study'] });
  });

  it('a link on the PATH, when typing its name finds it', () => {
    const input = base({ script: '/usr/local/bin/mlops-study', isFile: files('/usr/local/bin/mlops-study') });
    expect(detectInvocation(input)).toEqual({ kind: 'path', prefix: ['mlops-study'] });
    // An alias of one's own keeps its name.
    expect(detectInvocation(base({ script: '/usr/local/bin/ms', isFile: files('/usr/local/bin/ms') })).prefix).toEqual(['ms']);
  });

  it('not the PATH form when another program of that name comes first', () => {
    const input = base({ script: '/usr/bin/mlops-study', isFile: files('/usr/local/bin/mlops-study', '/usr/bin/mlops-study') });
    expect(detectInvocation(input)).toEqual({ kind: 'file', prefix: ['node', '/usr/bin/mlops-study'] });
  });

  it("a global install through npm's shim on Windows and Unix", () => {
    const win = base({ platform: 'win32', script: 'C:\\Users\\ji\\AppData\\Roaming\\npm\\node_modules\\mlops-study\\bin\\mlops-study.js', env: { Path: 'C:\\Windows;C:\\Users\\ji\\AppData\\Roaming\\npm' }, cwd: 'C:\\Users\\ji', isFile: files('C:\\Users\\ji\\AppData\\Roaming\\npm\\mlops-study.cmd') });
    expect(detectInvocation(win)).toEqual({ kind: 'path', prefix: ['mlops-study'] });
    // Run by path on Windows: relative, with Windows separators.
    expect(detectInvocation({ ...win, script: 'C:\\Users\\ji\\mlops-study\\bin\\mlops-study.js', isFile: files() }).prefix).toEqual(['node', 'mlops-study\\bin\\mlops-study.js']);
    const unix = base({ script: '/usr/lib/node_modules/mlops-study/bin/mlops-study.js', env: { PATH: '/usr/bin' }, isFile: files('/usr/bin/mlops-study') });
    expect(detectInvocation(unix)).toEqual({ kind: 'path', prefix: ['mlops-study'] });
  });

  it('by path: relative below the current directory, ~ under home, else absolute', () => {
    expect(detectInvocation(base({})).prefix).toEqual(['node', 'bin/mlops-study.js']);
    expect(detectInvocation(base({ cwd: '/home/ji/other' })).prefix).toEqual(['node', '~/mlops-study/bin/mlops-study.js']);
    expect(detectInvocation(base({ cwd: '/tmp', script: '/opt/mlops-study/bin/mlops-study.js' })).prefix).toEqual(['node', '/opt/mlops-study/bin/mlops-study.js']);
    expect(detectInvocation(base({ script: '/home/ji/mlops-study/src/index.ts' })).prefix).toEqual(['npx', 'tsx', 'src/index.ts']);
  });
});

describe('commandLine', () => {
  const file = { kind: 'file' as const, prefix: ['node', '/home/ji/my study/bin/mlops-study.js'] };
  it('quotes what the shell would split, and leaves placeholders and ~ paths as typed', () => {
    expect(commandLine(file, ['check', 'git-mastery', '--note', 'branch + PR'], 'linux')).toBe("node '/home/ji/my study/bin/mlops-study.js' check git-mastery --note 'branch + PR'");
    expect(commandLine({ kind: 'path', prefix: ['mlops-study'] }, ['init', '--name', '지민', '--start', { placeholder: 'YYYY-MM-DD' }], 'linux')).toBe('mlops-study init --name 지민 --start YYYY-MM-DD');
    expect(shellWord('~/study-group', 'linux')).toBe('~/study-group');
    expect(shellWord("it's", 'linux')).toBe(`'it'\\''s'`);
    expect(shellWord('a b', 'win32')).toBe('"a b"');
  });

  it('leaves a word bare exactly when every character is a letter, digit or one of @%+=:,./_~- (ASCII words decided without the Unicode classes)', () => {
    const safe = { linux: /^[\p{L}\p{N}@%+=:,./_~-]+$/u, win32: /^[\p{L}\p{N}@%+=:,./\\_~-]+$/u };
    const words = [...Array.from({ length: 0x80 }, (_, c) => `a${String.fromCharCode(c)}b`), '주차', 'dvc-기초', 'données', 'a\u00a0b', 'a\u2014b', 'ℕ', '١٢'];
    for (const platform of ['linux', 'win32'] as const) {
      const wrong = words.filter((w) => (shellWord(w, platform) === w) !== safe[platform].test(w) && !w.includes('~'));
      expect(wrong, platform).toEqual([]);
    }
    expect(shellWord('dvc-기초', 'linux')).toBe('dvc-기초');
    expect(shellWord('a\u2014b', 'linux')).toBe("'a\u2014b'");
  });

  it('stays whole when text wraps: on a line of its own, even when longer than the terminal', () => {
    const cmd = unbreakable('node /a/very/long/path/to/the/clone/bin/mlops-study.js show mlops-what-why');
    const lines = wrap(`Start with the first topic: ${cmd}`, 40);
    expect(lines).toEqual(['Start with the first topic:', 'node /a/very/long/path/to/the/clone/bin/mlops-study.js show mlops-what-why']);
    expect(lines.join('')).not.toContain('\u00a0');
    // Too long for the indented room, not for the terminal: unindented rather than split by the terminal.
    const step = unbreakable('node bin/mlops-study.js show mlops-what-why');
    expect(wrap(`Next step: Start with the first topic: ${step}`, 44, '', '  ')).toEqual(['Next step: Start with the first topic:', 'node bin/mlops-study.js show mlops-what-why']);
    expect(wrap(`Next step: Start with the first topic: ${unbreakable('mlops-study show x')}`, 44, '', '  ')).toEqual(['Next step: Start with the first topic:', '  mlops-study show x']);
  });
});
