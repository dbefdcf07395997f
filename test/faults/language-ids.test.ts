/**
 * Issue 14, case 5: IDs that are JavaScript property names. Every lookup
 * keyed by a curriculum or progress ID uses own properties or a Map, so
 * `constructor` is an ordinary ID wherever an ID goes. Curriculum IDs are
 * lowercase kebab-case, so the curricula here rotate `constructor` and the
 * lowercase forms of Object.prototype's other names through every kind of
 * ID; progress files and snapshots, which are not so restricted, use
 * `toString`, `valueOf`, `hasOwnProperty` and `__proto__` as well.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readProgressFile, run, tempDir } from '../helpers/cli.js';
import { NOW } from '../helpers/group.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const NAMES = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'propertyisenumerable', 'tolocalestring', 'defineproperty', 'proto'];
const SLOTS = ['item', 'topic', 'tool', 'question', 'week', 'resource', 'category', 'stage', 'project'] as const;
type Ids = Record<(typeof SLOTS)[number] | 'course', string>;

/** Variant k: slot i gets NAMES[(i + k) % 9], so over nine variants every kind of ID is `constructor` once. */
function idsOf(k: number): Ids {
  const ids = Object.fromEntries(SLOTS.map((slot, i) => [slot, NAMES[(i + k) % NAMES.length]!])) as Ids;
  ids.course = NAMES[k % NAMES.length]!;
  return ids;
}

const t = (en: string) => ({ ko: `${en} (ko)`, en });

function curriculum(ids: Ids): string {
  const dir = tempDir('proto-ids-');
  mkdirSync(join(dir, 'weeks'));
  mkdirSync(join(dir, 'questions'));
  writeFileSync(join(dir, 'course.yaml'), stringify({
    formatVersion: 1, id: ids.course, version: '1.0.0', languages: ['ko', 'en'], title: t('Proto course'),
    resources: [{ id: ids.resource, kind: 'book', title: t('A book') }],
    lifecycle: [{ id: ids.stage, title: t('A stage'), weeks: [1], tools: [ids.tool], points: [{ text: t('A point'), weeks: [1], tools: [ids.tool] }] }],
    projects: [{ id: ids.project, title: t('A project'), goal: t('A goal') }],
    // `other-item` sits in two places of the guide, the variant's item in one: next looks both up.
    roadmap: { stages: [{ id: 'stage-one', title: t('Stage one'), duration: [1, 2], weeks: [1], items: [ids.item, 'other-item'] }] },
    checklist: [{ id: 'section-one', title: t('Section one'), items: ['other-item'] }],
  }));
  writeFileSync(join(dir, 'tools.yaml'), stringify({
    categories: [{ id: ids.category, title: t('A category') }],
    tools: [{ id: ids.tool, name: 'Tool', category: ids.category, purpose: t('Purpose'), whenToPick: t('When'), url: 'https://example.org/', weeks: [1] }],
  }));
  writeFileSync(join(dir, 'weeks', '01.yaml'), stringify({
    week: 1, id: ids.week, title: t('First week'),
    topics: [{ id: ids.topic, title: t('A topic'), summary: t('Summary'), notes: t('Notes'), tools: [ids.tool] }],
    items: [{ id: ids.item, topic: ids.topic, project: ids.project, text: t('The item') }, { id: 'other-item', text: t('Another item') }],
    resources: [ids.resource, `${ids.tool}-docs`],
  }));
  writeFileSync(join(dir, 'questions', '01.yaml'), stringify({
    questions: [
      {
        id: ids.question, topic: ids.topic, type: 'match', prompt: t('Match them'), explanation: t('Because'),
        left: [{ id: 'constructor', text: t('Left A') }, { id: 'tostring', text: t('Left B') }],
        right: [{ id: 'valueof', text: t('Right C') }, { id: 'constructor', text: t('Right D') }],
        answer: { constructor: 'valueof', tostring: 'constructor' },
      },
      { id: 'q-single', topic: ids.topic, type: 'single', prompt: t('Pick one'), explanation: t('Because'), choices: [{ id: 'constructor', text: t('Choice A') }, { id: 'b', text: t('Choice B') }], answer: 'constructor' },
    ],
  }));
  return dir;
}

describe('case 5: curriculum IDs that name Object.prototype members', () => {
  it.each(Array.from({ length: NAMES.length }, (_, k) => [k, idsOf(k)] as const))('variant %i %j: every command works, and the item is not done before it is ticked', async (_k, ids) => {
    const dir = curriculum(ids);
    const home = tempDir();
    const env = { ...NOW, MLOPS_STUDY_CURRICULUM: dir };
    const ok = async (args: string[], code = 0) => {
      const r = await run(args, { home, env });
      expect(r.code, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(code);
      expect(r.stderr).not.toContain('unexpected error');
      return r;
    };
    await ok(['validate', dir]);
    await ok(['init', '--name', 'Tester', '--start', '2026-12-01', '--yes']);
    const fresh = JSON.parse((await ok(['next', '--json'])).stdout);
    expect(fresh.items.find((i: { id: string }) => i.id === ids.item)).toMatchObject({ done: false, doneAt: null });
    await ok(['check', ids.item, '--note', 'noted']);
    const status = JSON.parse((await ok(['status', '--json'])).stdout);
    expect(status.weeks[0].items.find((i: { id: string }) => i.id === ids.item)).toMatchObject({ done: true, note: 'noted' });
    expect(status.orphaned).toEqual([]);
    expect(readProgressFile(home).courses[ids.course].items[ids.item].doneAt).toBeDefined();
    for (const args of [['next'], ['status'], ['show', 'roadmap'], ['show', ids.topic], ['show', ids.tool], ['show', ids.project], ['show', ids.week], ['show', ids.stage], ['show', 'lifecycle'], ['tools'], ['resources'], ['search', 'item'], ['export'], ['doctor']]) await ok(args);
    expect((await ok(['search', ids.item, '--json'])).stdout).toContain(`"id": "${ids.item}"`);
    await ok(['check', '--undo', ids.item]);
    expect(JSON.parse((await ok(['status', '--json'])).stdout).weeks[0].items.find((i: { id: string }) => i.id === ids.item)).toMatchObject({ done: false, note: 'noted' });
  }, 120_000);

  it('validate reports a match question whose left "constructor" has no answer, and a __proto__ key', async () => {
    const dir = curriculum(idsOf(0));
    const file = join(dir, 'questions', '01.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('constructor: valueof\n', '__proto__: valueof\n'));
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"constructor" on the left has no match in the answer');
    expect(r.stdout).toContain('a key "__proto__" is not allowed');
  });

  it('`mlops-study constructor` is an unknown command, like any other', async () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const r = await run([name]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`unknown command "${name}"`);
    }
  });

  it('`new …/constructor` and a guide titled "# Constructor" make working curricula', async () => {
    const cwd = tempDir();
    const created = await run(['new', 'constructor'], { cwd });
    expect(created.code, created.stderr).toBe(0);
    expect((await run(['validate', join(cwd, 'constructor')], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'guide.md'), '# Constructor\n\n## Week 1: toString basics\n\n- [ ] constructor\n- [x] valueOf\n\n## Week 2: __proto__\n\n- [ ] hasOwnProperty\n');
    const home = tempDir();
    const imported = await run(['import', 'guide.md', '-o', 'imported', '--with-progress'], { cwd, home, env: NOW });
    expect(imported.code, imported.stderr).toBe(0);
    const env = { ...NOW, MLOPS_STUDY_CURRICULUM: join(cwd, 'imported') };
    const next = JSON.parse((await run(['next', '--json'], { cwd, home, env })).stdout);
    expect(next.items.map((i: { done: boolean }) => i.done)).toEqual([false, true]);
    expect((await run(['status'], { cwd, home, env })).code).toBe(0);
  });
});

describe('case 5: progress files keyed by toString, valueOf, hasOwnProperty and __proto__', () => {
  const card = { due: '2026-12-09T00:00:00.000Z', stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, reps: 1, lapses: 0, state: 2, last_review: '2026-12-08T00:00:00.000Z' };
  const keyed = (extra = '') =>
    `{"schemaVersion": 2, "profile": {"name": "Tester", "startDate": "2026-12-01"}, "courses": {
      "toString": {"items": {"valueOf": {"doneAt": "2026-12-02T00:00:00.000Z"}}},
      "mlops-study": {
        "items": {"toString": {"doneAt": "2026-12-02T00:00:00.000Z"}, "valueOf": {"note": "kept"}, "hasOwnProperty": {"doneAt": "2026-12-02T00:00:00.000Z", "evidence": ["x"]}, "git-mastery": {"doneAt": "2026-12-02T00:00:00.000Z"}${extra}},
        "read": {"toString": "2026-12-02T00:00:00.000Z"}, "activity": {"2026-12-02": 1},
        "cards": {"valueOf": ${JSON.stringify(card)}}, "answers": {"hasOwnProperty": {"answered": 1, "correct": 1, "overrides": 0, "skipped": 0, "lastAt": "2026-12-02T00:00:00.000Z"}}, "sessions": []
      }}}`;

  it('are ordinary entries: counted, listed as orphaned, kept through a write', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), keyed());
    for (const args of [['next'], ['status'], ['doctor'], ['export'], ['next', '--json']]) {
      const r = await run(args, { home, env: NOW });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBeLessThanOrEqual(args[0] === 'doctor' ? 1 : 0);
      expect(r.stderr).not.toContain('unexpected error');
    }
    const status = JSON.parse((await run(['status', '--json'], { home, env: NOW })).stdout);
    expect(status.overall.done).toBe(1);
    expect(status.orphaned.map((o: { id: string }) => o.id)).toEqual(['hasOwnProperty', 'toString', 'valueOf']);
    expect((await run(['check', 'dvc-install-basics'], { home, env: NOW })).code).toBe(0);
    const saved = readProgressFile(home);
    expect(Object.keys(saved.courses).sort()).toEqual(['mlops-study', 'toString']);
    expect(saved.courses['mlops-study'].items.valueOf).toEqual({ note: 'kept' });
    expect(saved.courses['mlops-study'].cards.valueOf.due).toBe(card.due);
  });

  it('a __proto__ key is reported as damage, never applied', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), keyed(', "__proto__": {"doneAt": "2026-12-02T00:00:00.000Z"}'));
    const r = await run(['status'], { home, env: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('courses.mlops-study.items.__proto__ is not a usable ID');
  });

  it('a version 1 file whose review log names a question "constructor" keeps its count through the migration', async () => {
    const dir = curriculum(idsOf(6)); // the match question is `constructor` here
    const home = tempDir();
    const review = (at: string, correct: boolean) => ({ question: 'constructor', at, correct, rating: correct ? 3 : 1 });
    writeFileSync(join(home, 'config.json'), JSON.stringify({
      schemaVersion: 1,
      profile: { name: 'Tester', startDate: '2026-12-01' },
      courses: { [idsOf(6).course]: { items: {}, activity: {}, cards: { constructor: card }, reviews: [review('2026-12-02T00:00:00.000Z', true), review('2026-12-03T00:00:00.000Z', false)], sessions: [] } },
    }));
    const status = JSON.parse((await run(['status', '--json'], { home, env: { ...NOW, MLOPS_STUDY_CURRICULUM: dir } })).stdout);
    expect(status.quiz).toMatchObject({ seen: 1, answered: 2, accuracy: 0.5 });
  });
});

describe('case 5: snapshots with such names and keys', () => {
  it('the board shows every member, whatever their name', async () => {
    const home = tempDir();
    await run(['init', '--name', 'Base', '--start', '2026-12-01', '--yes'], { home, env: NOW });
    const base = JSON.parse((await run(['export'], { home, env: NOW })).stdout);
    const dir = tempDir();
    mkdirSync(join(dir, 'members'));
    const names = ['toString', 'valueOf', 'hasOwnProperty', '__proto__', 'constructor'];
    names.forEach((name, i) => {
      const s = { ...base, member: { name }, weeks: base.weeks.map((w: any) => ({ ...w, items: w.items.map((it: any) => ({ ...it, id: names[(i + 1) % names.length] })) })) };
      // A "__proto__" key in the file is JSON data, never a prototype.
      writeFileSync(join(dir, 'members', `m${i}.json`), JSON.stringify(s).replace('{', '{"__proto__": {"member": {"name": "polluted"}}, '));
    });
    const r = await run(['group', dir, '--json'], { home, env: NOW });
    expect(r.code, r.stderr).toBe(0);
    const board = JSON.parse(r.stdout);
    expect(board.members.map((m: { name: string }) => m.name).sort()).toEqual([...names].sort());
    expect(board.problems).toEqual([]);
    expect((await run(['group', dir, '--md'], { home, env: NOW })).code).toBe(0);
  });
});

let terminal: Terminal | undefined;
afterEach(() => terminal?.close());

describe.skipIf(!hasTmux)('case 5: a quiz whose question, choices and match items are "constructor"', () => {
  it('is graded right and saved (it used to crash quiz --all and lose the answer)', async () => {
    const ids = idsOf(6);
    expect(ids.question).toBe('constructor');
    const home = tempDir();
    const env = { ...NOW, MLOPS_STUDY_CURRICULUM: curriculum(ids), NO_COLOR: '1' };
    await run(['init', '--name', 'Tester', '--start', '2026-12-01', '--yes'], { home, env });
    terminal = new Terminal(['quiz', '--all', '--seed', '1'], { home, env });
    // Three prompts in some order: the two halves of the match question, and the single choice.
    const prompts: [RegExp, string][] = [[/^\? Match them/m, 'Right C'], [/^\? \(2\/2\) Left B/m, 'Right D'], [/^\? Pick one/m, 'Choice A']];
    const done = new Set<RegExp>();
    while (done.size < prompts.length) {
      const screen = await terminal.waitFor(new RegExp(prompts.filter(([p]) => !done.has(p)).map(([p]) => p.source).join('|'), 'm'));
      const [prompt, wanted] = prompts.find(([p]) => !done.has(p) && p.test(screen))!;
      // The choices are shuffled: move until the right one is under the cursor.
      for (let i = 0; i < 3 && !terminal.screen().includes(`❯ ${wanted}`); i++) {
        terminal.send('Down');
        await new Promise((r) => setTimeout(r, 100));
      }
      terminal.send('Enter');
      done.add(prompt);
    }
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen()).toMatch(/Score: 2\/2/);
    const course = readProgressFile(home).courses[ids.course];
    expect(Object.keys(course.cards).sort()).toEqual(['constructor', 'q-single']);
    expect(course.answers.constructor).toMatchObject({ answered: 1, correct: 1 });
  }, 60_000);
});
