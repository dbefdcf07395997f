import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/util/suggest.js';

const ids = ['dvc-install-basics', 'dvc-data-versioning', 'dvc-remotes', 'mlflow-setup', 'model-registry', 'git-mastery'];

describe('closest', () => {
  it.each([
    ['dvc-remote', ['dvc-remotes']],
    ['git-mastry', ['git-mastery']],
    ['registry', ['model-registry']],
    ['dvc-push', ['dvc-data-versioning', 'dvc-install-basics', 'dvc-remotes']],
    ['zzzz', []],
  ])('%s → %j', (input, expected) => {
    expect(closest(input, ids)).toEqual(expected);
  });

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
