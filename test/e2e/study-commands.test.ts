/** show, tools, resources and search through the built binary. */
import { describe, expect, it } from 'vitest';
import { AS_RUN, run } from '../helpers/cli.js';

describe('show', () => {
  it('prints a topic in Korean and English without a pager when piped', async () => {
    const ko = await run(['show', 'dvc-remotes', '--lang', 'ko']);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('핵심 명령어');
    expect(ko.stdout).toContain('dvc remote add -d');
    const en = await run(['show', 'dvc-remotes']);
    expect(en.stdout).toContain('Key commands');
    expect(en.stdout).toContain('Common pitfalls');
    expect(en.stdout).toContain(`${AS_RUN} check dvc-data-versioning`);
  });

  it('shows a week, a tool, a project and the lifecycle', async () => {
    expect((await run(['show', '3'])).stdout).toContain('Experiment tracking with MLflow');
    expect((await run(['show', 'prometheus'])).stdout).toMatch(/Check that it is installed: prometheus --version/);
    expect((await run(['show', 'project-2'])).stdout).toContain('A/B testing framework');
    const lifecycle = await run(['show', 'lifecycle', '--lang', 'ko']);
    expect(lifecycle.stdout).toContain('5. 모델 모니터링 (Model Monitoring)');
    expect(lifecycle.stdout).toContain('데이터 드리프트 탐지');
  });

  it('exits 2 with suggestions for an unknown ID', async () => {
    const r = await run(['show', 'dvc-remote']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing to show for "dvc-remote"');
    expect(r.stderr).toContain(`${AS_RUN} show dvc-remotes`);
    const item = await run(['show', 'dvc-data-versioning']);
    expect(item.stderr).toContain(`its topic is: ${AS_RUN} show dvc-remotes`);
    const week = await run(['show', '9']);
    expect(week.code).toBe(2);
    expect(week.stderr).toContain('there is no week 9');
  });
});

describe('tools and resources', () => {
  it('lists all 16 tools by category, or one category', async () => {
    const json = JSON.parse((await run(['tools', '--json'])).stdout);
    expect(json.categories.map((c: { id: string }) => c.id)).toEqual(['data-management', 'experiment-tracking', 'deployment', 'ci-cd', 'monitoring']);
    expect(json.categories.flatMap((c: { tools: unknown[] }) => c.tools)).toHaveLength(16);
    const monitoring = await run(['tools', '--category', '모니터링', '--lang', 'ko']);
    expect(monitoring.stdout).toMatch(/모니터링 \(3\)/);
    expect(monitoring.stdout).toContain('Evidently AI');
    const bad = await run(['tools', '--category', 'cooking']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Categories: data-management');
  });

  it("lists the guide's resources with kinds, and a week's", async () => {
    const all = JSON.parse((await run(['resources', '--json'])).stdout);
    expect(all.resources.filter((r: { origin: string }) => r.origin === 'course')).toHaveLength(7);
    expect(all.resources.filter((r: { origin: string }) => r.origin === 'tool')).toHaveLength(16);
    const week = await run(['resources', '--week', '3', '--lang', 'ko']);
    expect(week.stdout).toContain('3주차');
    expect(week.stdout).toContain('https://');
  });
});

describe('search', () => {
  it('finds the monitoring material in Korean and English, each with the command to open it', async () => {
    const ko = await run(['search', '드리프트', '--lang', 'ko']);
    expect(ko.stdout).toContain(`→ ${AS_RUN} show evidently-drift-reports`);
    const en = JSON.parse((await run(['search', 'drift', '--json'])).stdout);
    expect(en.results[0]).toMatchObject({ kind: 'topic', id: 'evidently-drift-reports', open: 'mlops-study show evidently-drift-reports', command: ['show', 'evidently-drift-reports'] });
  });

  it('says so when nothing matches', async () => {
    const r = await run(['search', 'kubeflowzz']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing matches "kubeflowzz"');
  });
});
