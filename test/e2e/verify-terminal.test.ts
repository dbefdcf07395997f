/** verify in a real terminal: the offer to tick what passed (pre-selected) and to save the project. */
import { afterEach, describe, expect, it } from 'vitest';
import { readProgressFile, run, tempDir } from '../helpers/cli.js';
import { buildProject } from '../helpers/projects.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const env = { MLOPS_STUDY_NOW: '2026-12-09T10:00:00+09:00' };
let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

async function learner(): Promise<string> {
  const home = tempDir();
  await run(['init', '--name', '지민', '--start', '2026-12-01', '--yes'], { home, env });
  return home;
}

describe.skipIf(!hasTmux)('verify in a real terminal', () => {
  it('offers the items that passed, pre-selected; enter ticks them; then offers to save the project', async () => {
    const home = await learner();
    const project = buildProject(2, { broken: 2 });
    terminal = new Terminal(['verify', '--week', '2'], { home, env, cwd: project, rows: 40 });
    const screen0 = await terminal.waitFor(/Tick the items that passed \(recorded as verified at [0-9a-f]{7}\)[\s\S]*navigate/);
    const offer = screen0.slice(screen0.indexOf('Tick the items'));
    expect(offer.match(/[◉◯] .*/g)).toEqual(['◉ Install DVC and learn its basic commands', '◉ Design a data pipeline', '◉ Learn a data quality validation tool', '◉ Version your data with DVC']);
    terminal.send('Down');
    terminal.send('Space'); // leave "Design a data pipeline" out
    await terminal.waitFor(/◯ Design a data pipeline/);
    terminal.send('Enter');
    // The question names the project's path: the terminal wraps it wherever that path's length puts the edge.
    await terminal.waitFor((screen) => screen.replace(/\n/g, '').includes('by default from now on (saved as your project)?'));
    terminal.send('Enter');
    expect(await terminal.exitCode()).toBe(1); // two items failed
    const screen = await terminal.waitFor('Saved');
    expect(screen).toContain('marked done, verified at');
    const progress = readProgressFile(home);
    expect(Object.keys(progress.courses['mlops-study'].items).sort()).toEqual(['data-quality-tools', 'dvc-data-versioning', 'dvc-install-basics']);
    expect(progress.courses['mlops-study'].items['dvc-install-basics'].by).toBe('verify');
    expect(progress.profile.projectDir).toMatch(/mlops-project-/);
    // Saved: the next run finds the project from anywhere and does not ask again.
    const again = await run(['verify', '--week', '2', '--json'], { home, env, cwd: tempDir() });
    expect(JSON.parse(again.stdout).project).toBe(progress.profile.projectDir);
  });

  it('speaks Korean at 40 columns, and Ctrl+C at the offer saves nothing', async () => {
    const home = await learner();
    terminal = new Terminal(['verify', '--week', '1', '--lang', 'ko'], { home, env, cwd: buildProject(1), columns: 40, rows: 30 });
    await terminal.waitFor('통과한 항목을 체크할까요?');
    terminal.send('C-c');
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen()).not.toMatch(/Error|at .*\.js/);
    expect(readProgressFile(home).courses).toEqual({});
  });
});
