/** Search snippets are plain text: no markup, no code blocks. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/curriculum/loader.js';
import { buildDocs, search } from '../../src/search/index.js';
import { plainText } from '../../src/search/plain.js';
import { ROOT } from '../helpers/cli.js';

describe('plainText', () => {
  it('drops code blocks and markup, keeps the words', () => {
    const md = '## Drift\n\nUse **Evidently** with `DataDriftPreset` ([docs](https://docs.evidentlyai.com)).\n\n```yaml\ndrift: 0.5\n```\n\n- [ ] check *the* report\n| a | b |\n|---|---|';
    expect(plainText(md)).toBe('Drift Use Evidently with DataDriftPreset (docs). check the report · a · b ·');
  });
});

describe('search snippets', () => {
  const docs = buildDocs(loadCurriculum(join(ROOT, 'curriculum')));
  it.each([['drift', 'en'], ['드리프트', 'ko'], ['dvc push', 'en'], ['docker', 'ko'], ['mlflow', 'en'], ['pipeline', 'en']] as const)('%s (%s) shows no markdown', (query, lang) => {
    const hits = search(docs, query, lang);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet, `${hit.doc.id}: ${hit.snippet}`).not.toMatch(/\*\*|`|\]\(|^#|```|\s#\s/);
  });
});
