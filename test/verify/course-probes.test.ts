/**
 * The built-in course's probes, each tried on a project that passes and one
 * that fails: the complete project of every week passes every probed item up
 * to that week; each week's broken project fails exactly the items a learner
 * who made that mistake would expect; and every single probe fails on at
 * least one project (the empty one or a broken one), so none passes always.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import type { Curriculum, Item, Probe } from '../../src/curriculum/types.js';
import { evaluate, type ProjectView } from '../../src/verify/evaluate.js';
import { ProjectFiles } from '../../src/verify/files.js';
import { GitFacts } from '../../src/verify/git.js';
import { ROOT } from '../helpers/cli.js';
import { buildProject, emptyProject } from '../helpers/projects.js';

const course: Curriculum = loadCurriculum(join(ROOT, 'curriculum'));
const items = course.weeks.flatMap((w) => w.items);
const probed = items.filter((i) => i.verify?.length);

const view = (dir: string): ProjectView => {
  const files = new ProjectFiles(dir);
  return { files, git: new GitFacts(files.root) };
};

/** Every probe's outcome on a project, by item. */
async function outcomes(dir: string, only: Item[] = probed): Promise<Map<string, boolean[]>> {
  const project = view(dir);
  const result = new Map<string, boolean[]>();
  for (const item of only) result.set(item.id, await Promise.all((item.verify ?? []).map(async (p: Probe) => (await evaluate(project, p.check)).ok)));
  return result;
}
const failing = (o: Map<string, boolean[]>) => [...o].filter(([, oks]) => oks.includes(false)).map(([id]) => id).sort();

describe('the built-in course has probes', () => {
  it('for at least 20 of its checklist items, and for every assignment', () => {
    expect(probed.length).toBeGreaterThanOrEqual(20);
    for (const week of course.weeks) {
      const assignment = week.items.find((i) => i.verify?.some((p) => p.deliverable !== undefined));
      expect(assignment?.id, `week ${week.number}`).toBe(`week-${week.number}-assignment`);
    }
  });
});

describe.each([1, 2, 3, 4, 5, 6])('week %i', (week) => {
  const upTo = probed.filter((i) => i.week <= week);
  let complete: Map<string, boolean[]>;
  let broken: Map<string, boolean[]>;
  beforeAll(async () => {
    complete = await outcomes(buildProject(week), upTo);
    broken = await outcomes(buildProject(week, { broken: week }), upTo);
  });

  it('the complete project passes every probed item of weeks 1 to this one', () => {
    expect(failing(complete)).toEqual([]);
  });

  const expected: Record<number, string[]> = {
    1: ['python-dev-env', 'week-1-assignment'],
    2: ['p1-data-preprocessing', 'week-2-assignment'],
    3: ['mlflow-experiment-tracking', 'week-3-assignment'],
    4: ['p1-docker-containerization', 'week-4-assignment'],
    5: ['ci-cd-pipeline', 'ci-cd-pipeline-practice', 'p2-ci-cd-pipeline', 'week-5-assignment'],
    6: ['logging-alerting', 'monitoring-system', 'week-6-assignment'],
  };
  it(`the project broken the way learners break week ${week} fails exactly ${expected[week]!.join(', ')}`, () => {
    expect(failing(broken)).toEqual(expected[week]);
  });
});

describe('every probe', () => {
  it('fails on an empty project or on one of the broken ones, and passes on a complete one', async () => {
    const complete = await outcomes(buildProject(6));
    const projects = [emptyProject(), ...[1, 2, 3, 4, 5, 6].map((w) => buildProject(6, { broken: w }))];
    const results = await Promise.all(projects.map((dir) => outcomes(dir)));
    const neverFails: string[] = [];
    const neverPasses: string[] = [];
    for (const item of probed) {
      item.verify!.forEach((_probe, i) => {
        if (!complete.get(item.id)![i]) neverPasses.push(`${item.id}#${i + 1}`);
        if (results.every((r) => r.get(item.id)![i])) neverFails.push(`${item.id}#${i + 1}`);
      });
    }
    expect(neverPasses).toEqual([]);
    expect(neverFails).toEqual([]);
  });
});
