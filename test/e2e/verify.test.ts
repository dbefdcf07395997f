/** `mlops-study verify` through the built binary, on fixture projects built with git. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_RUN, ROOT, readProgressFile, run, tempDir } from '../helpers/cli.js';
import { buildProject, git, writeFiles } from '../helpers/projects.js';

/** Week 2 of a study that started on 2026-12-01. */
const env = { MLOPS_STUDY_NOW: '2026-12-09T10:00:00+09:00' };

async function learner(): Promise<string> {
  const home = tempDir();
  await run(['init', '--name', '지민', '--start', '2026-12-01', '--yes'], { home, env });
  return home;
}

describe('verify', () => {
  it("checks this week and the items carried over, says what is missing and what to read, and exits 1", async () => {
    const home = await learner();
    const project = buildProject(2, { broken: 2 });
    const r = await run(['verify', '--project', project], { home, env: { ...env, COLUMNS: '100' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    // The line holds the project's path, so where it wraps depends on the temporary directory's name.
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/^Verifying \S+ at [0-9a-f]{7} \(main\) · week 2 and 9 items carried over/);
    expect(r.stdout).toContain('Week 1: MLOps concepts and environment setup');
    expect(r.stdout).toMatch(/✔ dvc-data-versioning +Version your data with DVC/);
    expect(r.stdout).toMatch(/✘ p1-data-preprocessing +Data collection and preprocessing\n +✘ dvc\.yaml needs at least two stages: prepare \(cleaning\) → split \(train\/test\)\.\n +dvc\.yaml: stages has 1 entry; needs 2/);
    expect(r.stdout).toContain(`Read: ${AS_RUN} show dvc-pipelines`);
    expect(r.stdout).toMatch(/· week-2-code-review +Review one teammate's assignment pull request \(manual\)/);
    expect(r.stdout).toMatch(/✘ 2 params\.yaml, dvc\.yaml \(prepare → split\)/);
    expect(r.stdout).toMatch(/· 4 A PR containing dvc dag and dvc metrics show output, reviewed by one member \(manual\)/);
    expect(r.stdout).toMatch(/\d+ passed · 2 failed · \d+ manual/);
    // Without a terminal nothing is asked and nothing is written.
    expect(readProgressFile(home).courses).toEqual({});
  });

  it('--json follows the contract, with messages in the run language', async () => {
    const home = await learner();
    const project = buildProject(2, { broken: 2 });
    const r = await run(['verify', '--project', project, '--week', '2', '--json', '--lang', 'ko'], { home, env });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: project, encoding: 'utf8' }).trim();
    expect(json).toMatchObject({ project: expect.stringMatching(/^\//), commit: head, summary: { pass: 4, fail: 2, manual: 1 }, ticked: [] });
    expect(json.weeks.map((w: { week: number }) => w.week)).toEqual([2]);
    const items = json.weeks[0].items;
    expect(items.map((i: { id: string; result: string }) => [i.id, i.result])).toEqual([
      ['dvc-install-basics', 'pass'],
      ['data-pipeline-design', 'pass'],
      ['data-quality-tools', 'pass'],
      ['dvc-data-versioning', 'pass'],
      ['p1-data-preprocessing', 'fail'],
      ['week-2-assignment', 'fail'],
      ['week-2-code-review', 'manual'],
    ]);
    const failed = items.find((i: { id: string }) => i.id === 'p1-data-preprocessing');
    expect(failed.checks[0]).toEqual({ ok: false, message: 'dvc.yaml에 스테이지가 두 개 이상 있어야 합니다: `prepare`(정제) → `split`(train/test 분할).', detail: 'dvc.yaml: stages 항목 1개. 2개 필요', topic: 'dvc-pipelines' });
    expect(items[0].checks).toEqual([{ ok: true, message: '.dvc/config 있음 (커밋됨)' }]);
    for (const item of items) for (const check of item.checks) expect(Object.keys(check).every((k) => ['ok', 'message', 'detail', 'topic', 'deliverable'].includes(k))).toBe(true);
    expect(items[6]).toMatchObject({ result: 'manual', checks: [] });
    expect(items[5].deliverables.map((d: { result: string }) => d.result)).toEqual(['pass', 'fail', 'fail', 'manual']);
  });

  it('exits 0 when every probed item passes', async () => {
    const home = await learner();
    const r = await run(['verify', '--project', buildProject(1), '--week', '1'], { home, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 passed · 0 failed · 4 manual/);
  });

  it('--tick ticks what passed with evidence and verified, never unticks, and leaves verified items alone', async () => {
    const home = await learner();
    await run(['check', 'p1-data-preprocessing', '--note', 'done by hand'], { home, env });
    const project = buildProject(2, { broken: 2 });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: project, encoding: 'utf8' }).trim();
    const r = await run(['verify', '--project', project, '--week', '2', '--tick'], { home, env: { ...env, COLUMNS: '120' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✔ dvc-install-basics Install DVC and learn its basic commands (marked done, verified at ${head.slice(0, 7)})`);
    expect(r.stdout).toContain(`Your group sees verified ticks after: ${AS_RUN} group sync`);
    const items = readProgressFile(home).courses['mlops-study'].items;
    expect(items['dvc-install-basics']).toEqual({
      doneAt: '2026-12-09T01:00:00.000Z',
      by: 'verify',
      evidence: [`git:${head}`, 'https://github.com/jimin/iris-mlops.git'],
      verified: { commit: head, at: '2026-12-09T01:00:00.000Z', remote: 'https://github.com/jimin/iris-mlops.git' },
    });
    expect(JSON.stringify(items)).not.toContain('ghp_s3cr3tT0ken');
    // Failed, but ticked by hand before: still ticked, not verified.
    expect(items['p1-data-preprocessing']).toEqual({ doneAt: expect.any(String), note: 'done by hand' });
    expect(items['week-2-assignment']).toBeUndefined();
    // A second run changes nothing.
    const again = await run(['verify', '--project', project, '--week', '2', '--tick', '--json'], { home, env });
    expect(JSON.parse(again.stdout).ticked).toEqual([]);
    expect(readProgressFile(home).courses['mlops-study'].items).toEqual(items);
    // The snapshot marks them.
    const snapshot = JSON.parse((await run(['export'], { home, env })).stdout);
    expect(snapshot.weeks[1].items.find((i: { id: string }) => i.id === 'dvc-install-basics').verified).toEqual({ commit: head, at: '2026-12-09T01:00:00.000Z', remote: 'https://github.com/jimin/iris-mlops.git' });
    expect(snapshot.weeks[1].items.find((i: { id: string }) => i.id === 'p1-data-preprocessing').verified).toBeUndefined();
  });

  it('--tick leaves out items whose files are not committed yet, and says so', async () => {
    const home = await learner();
    const project = buildProject(1);
    writeFiles(project, { 'docs/lifecycle.md': '# Lifecycle\n\nModel Monitoring: retrain below 0.9.\n' });
    git(project, 'rm', '-q', '--cached', 'docs/lifecycle.md');
    git(project, 'commit', '-qm', 'oops');
    const r = await run(['verify', '--project', project, '--week', '1', '--tick'], { home, env: { ...env, COLUMNS: '120' } });
    expect(r.stdout).toContain('ml-project-lifecycle not ticked: commit docs/lifecycle.md first');
    expect(readProgressFile(home).courses['mlops-study'].items['ml-project-lifecycle']).toBeUndefined();
    expect(readProgressFile(home).courses['mlops-study'].items['git-mastery'].by).toBe('verify');
  });

  it('ticks nothing in a project without commits, and says why', async () => {
    const home = await learner();
    const project = tempDir('mlops-project-');
    git(project, 'init', '-q');
    writeFiles(project, { 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.post("/predict")\ndef predict(): ...\n' });
    const r = await run(['verify', '--project', project, '--week', '4', '--tick'], { home, env });
    expect(r.stdout).toMatch(/✔ fastapi-model-serving/);
    expect(r.stdout).toMatch(/^Verifying \S+ no commits yet/);
    expect(r.stdout).toContain('Commit your work to tick items from here');
    expect(readProgressFile(home).courses).toEqual({});
  });
});

describe('V8 flags', () => {
  it('leaves none behind: the code cache a verify run writes is accepted by the next run', async () => {
    const home = tempDir();
    await run(['verify', '--project', buildProject(2), '--week', '2'], { home, env });
    // dist/main.js's cache (the build names it by a hash of the bundle, kept in dist/index.cjs).
    const mainHash = /"main\.js":"([0-9a-f]{16})"/.exec(readFileSync(join(ROOT, 'dist', 'index.cjs'), 'utf8'))![1]!;
    const file = readdirSync(join(home, 'cache')).find((f) => f.startsWith(`code-${mainHash}-`) && f.endsWith('.bin'));
    const list = join(home, 'cache', file!.replace(/\.bin$/, '.commands'));
    expect(readFileSync(list, 'utf8')).toBe('verify');
    expect((await run(['next', '--json'], { home, env })).code).toBe(0);
    // Accepted, next's functions added (src/boot.ts); a cache V8 rejected for other flags would start again from next alone.
    expect(readFileSync(list, 'utf8').split('\n')).toEqual(['verify', 'next']);
    const before = statSync(join(home, 'cache', file!)).mtimeMs;
    expect((await run(['next', '--json'], { home, env })).code).toBe(0);
    expect(statSync(join(home, 'cache', file!)).mtimeMs).toBe(before);
  });
});

describe('which project', () => {
  it('is the git repository around the current directory (its top level)', async () => {
    const home = await learner();
    const project = buildProject(1);
    const r = await run(['verify', '--week', '1', '--json'], { home, env, cwd: join(project, 'src') });
    expect(JSON.parse(r.stdout).project).toBe(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: project, encoding: 'utf8' }).trim());
  });

  it('is the saved one (init --project) when there is one', async () => {
    const home = await learner();
    const project = buildProject(1);
    expect((await run(['init', '--project', project, '--yes'], { home, env })).stdout).toMatch(new RegExp(`Project \\(verify\\) +${project} \\(from --project\\)[^]*Saved\\.`));
    const r = await run(['verify', '--week', '1', '--json'], { home, env, cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).project).toContain(project.split('/').at(-1));
  });

  it.each([
    ['outside any repository', () => tempDir(), [], /no project to verify: this directory is not a git repository\nhint: Run it inside your project, pass --project DIR, or save your project once: node \S*bin\/mlops-study\.js init --project DIR/],
    ["in mlops-study's own clone", () => ROOT, [], /this is mlops-study's own repository, not your project/],
    ['with a --project that does not exist', () => tempDir(), ['--project', '/nonexistent/proj'], /project directory not found: \/nonexistent\/proj/],
    ['with --week and --all', () => tempDir(), ['--week', '1', '--all'], /choose one of --week and --all/],
    ['with a week the course does not have', () => tempDir(), ['--week', '9'], /--week/],
  ])('exits 2 %s', async (_name, cwd, args, message) => {
    const home = await learner();
    const r = await run(['verify', ...args], { home, env, cwd: cwd() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('says it in Korean in a Korean run', async () => {
    const home = await learner();
    const r = await run(['verify', '--lang', 'ko'], { home, env, cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('검사할 프로젝트가 없습니다');
    expect(r.stderr).toContain('도움말: 프로젝트 안에서 실행하거나');
  });

  it('init --project refuses a directory that does not exist', async () => {
    const r = await run(['init', '--project', '/nonexistent/proj', '--yes'], { home: tempDir(), env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('project directory not found');
  });
});

describe('a hostile repository', () => {
  it('cannot reach the terminal through file names, branch names or file contents', async () => {
    const home = await learner();
    const project = buildProject(1);
    const evil = 'data/\u001b]52;c;cHduZWQ=\u0007\u202eraw.csv';
    writeFiles(project, { [evil]: 'x', 'requirements.txt': 'numpy\u001b[2J\n' });
    git(project, 'add', '-f', evil, 'requirements.txt');
    git(project, 'commit', '-qm', 'evil');
    git(project, 'switch', '-qc', 'x\u202e');
    for (const args of [['--all'], ['--all', '--lang', 'ko'], ['--all', '--json']]) {
      const r = await run(['verify', '--project', project, ...args], { home, env });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout).toContain(args.includes('--json') ? '\\u001b' : '\\u001b]52');
    }
  });

  it('can neither hang nor crash verify: symlinks out, a FIFO, a huge file, a deep tree, bad YAML', async () => {
    const home = await learner();
    const outside = tempDir('mlops-outside-');
    writeFileSync(join(outside, 'dvc.yaml'), 'stages: {a: {}, b: {}}\n');
    const project = buildProject(1);
    symlinkSync(join(outside, 'dvc.yaml'), join(project, 'dvc.yaml'));
    symlinkSync(outside, join(project, 'data', 'external'));
    symlinkSync('/etc/passwd', join(project, 'params.yaml'));
    execFileSync('mkfifo', [join(project, 'Dockerfile')]);
    writeFileSync(join(project, 'requirements.txt'), `scikit-learn==1.5.2\n${'x'.repeat(2 * 1024 * 1024)}`);
    let deep = project;
    for (let i = 0; i < 60; i++) mkdirSync((deep = join(deep, `d${i}`)));
    writeFileSync(join(deep, 'x.py'), 'import great_expectations\n');
    writeFileSync(join(project, '.dvc'), 'not a directory');
    mkdirSync(join(project, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(project, '.github', 'workflows', 'ci.yml'), 'on: [push, pull_request\njobs: {{{');
    const r = await run(['verify', '--project', project, '--all', '--json'], { home, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const checks = json.weeks.flatMap((w: { items: { id: string; checks: { detail?: string }[] }[] }) => w.items.flatMap((i) => i.checks.map((c) => `${i.id}: ${c.detail ?? ''}`)));
    expect(checks).toContain('p1-data-preprocessing: skipped, points outside the project: dvc.yaml');
    expect(checks).toContain('p1-docker-containerization: Dockerfile is not a regular file');
    expect(checks).toContain('python-dev-env: requirements.txt is 2.0 MB; files over 1 MB are not read');
    expect(checks.some((c: string) => c.startsWith('ci-cd-pipeline: .github/workflows/ci.yml is not valid YAML'))).toBe(true);
    expect(json.weeks[1].items.find((i: { id: string }) => i.id === 'data-quality-tools').result).toBe('pass');
  });
});
