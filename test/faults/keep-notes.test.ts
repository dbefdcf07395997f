/**
 * Issue 13, cases 4 and 5: nothing the learner typed is thrown away by a
 * command they did not mean as a delete. Before, `check ID --undo` (and
 * unticking in the checklist) deleted the item's note and evidence, `--undo
 * --note x` ignored x, and an item merged into another through `aliases:`
 * lost its note and evidence at the next write. Removing is explicit now
 * (--clear-note, --remove-evidence) and says what it removed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readProgressFile, run, tempDir } from '../helpers/cli.js';
import { minimalCopy } from '../helpers/curricula.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const PR = 'https://github.com/jimin/mlops-project/pull/3';

function setup() {
  const dir = minimalCopy();
  return { home: tempDir(), env: { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: dir }, dir };
}

const item = (home: string, id: string) => readProgressFile(home).courses['tiny-course'].items[id];

describe('unticking keeps the note and evidence', () => {
  it('check --undo keeps them, says so; status and export show them; ticking again shows them', async () => {
    const { home, env } = setup();
    await run(['check', 'first-item', '--note', 'PR took two reviews', '--evidence', PR], { home, env });
    const undo = await run(['check', 'first-item', '--undo'], { home, env });
    expect(undo.code).toBe(0);
    expect(undo.stdout).toContain('Marked not done');
    expect(undo.stdout.replace(/\s+/g, ' ')).toContain('kept the note and 1 evidence link (remove with --clear-note or --remove-evidence)');
    expect(item(home, 'first-item')).toEqual({ note: 'PR took two reviews', evidence: [PR] });

    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.weeks[0].items[0]).toMatchObject({ id: 'first-item', done: false, doneAt: null, note: 'PR took two reviews', evidence: [PR] });
    const text = (await run(['status'], { home, env })).stdout;
    expect(text).toContain('Notes and evidence');
    expect(text).toMatch(/○ first-item First item\n\s+✎ PR took two reviews\n\s+→ https:\/\/github\.com\/jimin\/mlops-project\/pull\/3/);
    await run(['init', '--name', 'Jimin', '--yes'], { home, env }); // export writes the name into the snapshot
    const json = JSON.parse((await run(['export'], { home, env })).stdout);
    expect(json.weeks[0].items[0]).toMatchObject({ id: 'first-item', done: false, note: 'PR took two reviews', evidence: [PR] });
    const md = (await run(['export', '--format', 'md'], { home, env })).stdout;
    expect(md).toContain('- [ ] First item `first-item`');
    expect(md).toContain(`  - <${PR}>`);
    expect(md).toContain('  - PR took two reviews');

    const again = await run(['check', 'first-item'], { home, env });
    expect(again.stdout).toContain('Marked done');
    expect(again.stdout).toContain(`→ ${PR}`);
    expect(item(home, 'first-item')).toEqual({ doneAt: '2026-12-01T01:00:00.000Z', note: 'PR took two reviews', evidence: [PR] });
  });

  it('check --undo --note x unticks and saves x', async () => {
    const { home, env } = setup();
    await run(['check', 'first-item', '--note', 'old'], { home, env });
    expect((await run(['check', 'first-item', '--undo', '--note', 'redo the DVC remote'], { home, env })).code).toBe(0);
    expect(item(home, 'first-item')).toEqual({ note: 'redo the DVC remote' });
  });

  it.skipIf(!hasTmux)('a stray Space in the checklist unticks, and keeps the note and the PR link', async () => {
    const { home, env } = setup();
    await run(['check', 'first-item', '--note', 'pair-programmed', '--evidence', PR], { home, env });
    const terminal = new Terminal(['check'], { home, env });
    try {
      await terminal.waitFor('Week 1: tick what you have done');
      terminal.send('Space');
      await terminal.waitFor(/◯ First item/);
      terminal.send('Enter');
      expect(await terminal.exitCode()).toBe(0);
      await terminal.waitFor('kept the note and 1 evidence link');
    } finally {
      terminal.close();
    }
    expect(item(home, 'first-item')).toEqual({ note: 'pair-programmed', evidence: [PR] });
  });
});

describe('removing a note or evidence is explicit and says what it removed', () => {
  it('--clear-note and --remove-evidence remove exactly that, leave the tick as it is, and name it', async () => {
    const { home, env } = setup();
    await run(['check', 'first-item', '--note', 'typo in the note', '--evidence', PR, '--evidence', 'git:3f2c9a1'], { home, env });
    const r = await run(['check', 'first-item', '--clear-note', '--remove-evidence', 'git:3f2c9a1'], { home, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(note or evidence removed)');
    expect(r.stdout).toContain('note removed: typo in the note');
    expect(r.stdout).toContain('evidence removed: git:3f2c9a1');
    expect(item(home, 'first-item')).toEqual({ doneAt: '2026-12-01T01:00:00.000Z', evidence: [PR] });
    // On an unticked item it removes without ticking.
    await run(['check', 'second-item', '--undo', '--note', 'later'], { home, env });
    expect((await run(['check', 'second-item', '--clear-note'], { home, env })).stdout).toContain('note removed: later');
    expect(item(home, 'second-item')).toBeUndefined();
  });

  it('evidence that is not there is a usage error that lists what is, and nothing changes', async () => {
    const { home, env } = setup();
    await run(['check', 'first-item', '--evidence', PR], { home, env });
    const before = readFileSync(join(home, 'config.json'));
    const r = await run(['check', 'first-item', '--remove-evidence', `${PR}/`], { home, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`first-item has no evidence "${PR}/"`);
    expect(r.stderr).toContain(`Its evidence: ${PR}`);
    expect(readFileSync(join(home, 'config.json'))).toEqual(before);
    expect((await run(['check', 'first-item', '--clear-note', '--note', 'x'], { home, env })).code).toBe(2);
    expect((await run(['check', '--clear-note'], { home, env })).stderr).toContain('--clear-note needs the IDs of the items it applies to');
  });
});

describe('an item merged into another through aliases', () => {
  it('keeps both notes and all evidence, shown at once and stored at the next write', async () => {
    const { home, env, dir } = setup();
    await run(['check', 'first-item', '--note', 'from the first item', '--evidence', 'git:aaa111'], { home, env });
    await run(['check', 'second-item', '--undo', '--note', 'from the second item', '--evidence', 'git:bbb222'], { home, env }).then((r) => expect(r.code).toBe(2)); // evidence with --undo is refused
    await run(['check', 'second-item', '--undo', '--note', 'from the second item'], { home, env });
    // The curriculum folds first-item into second-item.
    const week = join(dir, 'weeks', '01.yaml');
    writeFileSync(
      week,
      readFileSync(week, 'utf8')
        .replace(/  - id: first-item\n(    .*\n)+?(?=  - id: second-item)/, '')
        .replace('  - id: second-item\n', '  - id: second-item\n    aliases: [first-item]\n'),
    );
    const status = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(status.weeks[0].items).toEqual([expect.objectContaining({ id: 'second-item', done: true, note: 'from the second item\nfrom the first item', evidence: ['git:aaa111'] })]);
    expect((await run(['status'], { home, env })).stdout).toContain('      ✎ from the second item\n        from the first item\n');
    await run(['init', '--name', 'Jimin', '--yes'], { home, env });
    expect((await run(['export', '--format', 'md'], { home, env })).stdout).toContain('  - from the second item\n    from the first item\n');
    expect((await run(['check', 'second-item', '--evidence', 'git:ccc333'], { home, env })).code).toBe(0);
    const items = readProgressFile(home).courses['tiny-course'].items;
    expect(Object.keys(items)).toEqual(['second-item']);
    expect(items['second-item']).toEqual({ doneAt: '2026-12-01T01:00:00.000Z', note: 'from the second item\nfrom the first item', evidence: ['git:aaa111', 'git:ccc333'] });
  });
});
