/** Dockerfile facts as Docker reads them, and remote URLs as the group may see them. */
import { describe, expect, it } from 'vitest';
import { dockerfileFacts, isRoot } from '../../src/verify/dockerfile.js';
import { commitUrl, stripCredentials } from '../../src/verify/remote.js';
import { valuesAt } from '../../src/verify/data.js';

describe('dockerfileFacts', () => {
  it('takes USER and CMD from the final stage only', async () => {
    expect(await dockerfileFacts('FROM python:3.11 AS build\nUSER app\nCMD ["x"]\nFROM python:3.11-slim\n')).toEqual({ stages: 2, healthcheck: false });
  });

  it('is not fooled by a heredoc, continuation lines or the escape directive', async () => {
    const text = '# escape=`\nFROM python:3.11-slim\nRUN <<EOF\nUSER root\nFROM evil\nEOF\nRUN pip install `\n  --no-cache-dir fastapi\nuser appuser\nHEALTHCHECK CMD python -c "print(1)"\nCMD ["uvicorn", "app.main:app"]\n';
    expect(await dockerfileFacts(text)).toEqual({ stages: 1, user: 'appuser', healthcheck: true, cmd: 'exec' });
  });

  it('HEALTHCHECK NONE is no health check; a shell-form CMD is shell; ENTRYPOINT counts without CMD', async () => {
    expect(await dockerfileFacts('FROM a\nHEALTHCHECK NONE\nENTRYPOINT ["python", "-m", "app"]\n')).toEqual({ stages: 1, healthcheck: false, cmd: 'exec' });
    expect((await dockerfileFacts('FROM a\nCMD ["broken"\n')).cmd).toBe('shell');
  });

  it('knows root by name and UID', () => {
    expect([undefined, 'root', '0', 'root:root', '0:0'].every(isRoot)).toBe(true);
    expect(['appuser', '10001', '10001:10001', '${APP_USER}'].some(isRoot)).toBe(false);
  });
});

describe('stripCredentials', () => {
  it.each([
    ['https://jimin:ghp_s3cr3t@github.com/jimin/iris.git', 'https://github.com/jimin/iris.git'],
    ['https://oauth2:glpat-xyz@gitlab.com/g/p.git', 'https://gitlab.com/g/p.git'],
    ['https://ghp_tokenonly@github.com/a/b', 'https://github.com/a/b'],
    ['https://github.com/a/b.git?access_token=abc#frag', 'https://github.com/a/b.git'],
    ['ssh://git:hunter2@example.com:2222/a/b.git', 'ssh://git@example.com:2222/a/b.git'],
    ['git@github.com:jimin/iris.git', 'git@github.com:jimin/iris.git'],
    ['/srv/git/iris.git', '/srv/git/iris.git'],
    ['https://user:pa\u001b[31mss@github.com/a/b', 'https://github.com/a/b'],
  ])('%s → %s', (input, output) => {
    expect(stripCredentials(input)).toBe(output);
  });
});

describe('commitUrl', () => {
  const sha = '3f2c1a0e9b8d7c6f5a4b3c2d1e0f9a8b7c6d5e4f';
  it.each([
    ['https://github.com/jimin/iris-mlops.git', `https://github.com/jimin/iris-mlops/commit/${sha}`],
    ['git@github.com:jimin/iris-mlops.git', `https://github.com/jimin/iris-mlops/commit/${sha}`],
    ['ssh://git@github.com/jimin/iris-mlops', `https://github.com/jimin/iris-mlops/commit/${sha}`],
    ['https://x:token@gitlab.com/group/sub/proj.git', `https://gitlab.com/group/sub/proj/-/commit/${sha}`],
    ['https://bitbucket.org/team/repo.git', `https://bitbucket.org/team/repo/commits/${sha}`],
  ])('%s links the commit', (remote, url) => {
    expect(commitUrl(remote, sha)).toBe(url);
  });

  it.each([['/srv/git/iris.git'], ['https://git.example.com/a/b.git'], ['https://github.com/../../evil'], ['javascript:alert(1)'], [undefined]])('%s has no link', (remote) => {
    expect(commitUrl(remote, sha)).toBeUndefined();
  });

  it('needs a real commit hash', () => {
    expect(commitUrl('https://github.com/a/b', 'HEAD~1')).toBeUndefined();
  });
});

describe('valuesAt', () => {
  it('finds a trigger in all three GitHub Actions forms, and not in another one', () => {
    for (const on of ['pull_request', ['push', 'pull_request'], { pull_request: { branches: ['main'] } }]) expect(valuesAt({ on }, ['on', 'pull_request'])).toHaveLength(1);
    expect(valuesAt({ on: 'push' }, ['on', 'pull_request'])).toEqual([]);
  });

  it('never walks into inherited properties', () => {
    expect(valuesAt({}, ['constructor'])).toEqual([]);
    expect(valuesAt(JSON.parse('{"__proto__": {"x": 1}}'), ['__proto__', 'x'])).toEqual([1]);
  });
});
