/** search's results in a narrow terminal: the command to open a result is never left behind an arrow alone on its line. */
import { describe, expect, it } from 'vitest';
import { renderSearch } from '../../src/commands/search/render.js';
import type { SearchView } from '../../src/commands/search/index.js';
import { messages } from '../../src/i18n/messages.js';
import { plainStyle } from '../../src/ui/style.js';
import { unbreakable, unglue, width } from '../../src/ui/text.js';
import { commandLine, type CommandWord } from '../../src/util/invocation.js';

const view: SearchView = {
  query: 'drift',
  results: [
    { kind: 'topic', id: 'evidently-drift-reports', title: 'Detecting data drift with Evidently', snippet: '…compares reference and current data…', open: 'mlops-study show evidently-drift-reports', command: ['show', 'evidently-drift-reports'], score: 9 },
    { kind: 'week', id: 'week-6', title: 'Model monitoring', snippet: '', open: 'mlops-study show 6', command: ['show', '6'], score: 5 },
    { kind: 'resource', id: 'gcp-mlops', title: 'Google Cloud MLOps guide', snippet: '', open: 'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning', score: 3 },
  ],
};
const render = (columns: number, prefix: string[]) =>
  // As Context.cmd makes them: glued, so wrapping never splits one (output turns the glue back into spaces).
  unglue(renderSearch(view, { style: plainStyle(true), columns, m: messages('en'), cmd: (...args: CommandWord[]) => unbreakable(commandLine({ kind: 'file', prefix }, args)) })).split('\n');

describe('search results', () => {
  it('put the arrow and the command on one line when they fit', () => {
    const lines = render(120, ['mlops-study']);
    expect(lines).toContain('    → mlops-study show evidently-drift-reports');
    expect(lines).toContain('    → https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning');
  });

  it('at 40 columns, put a command that does not fit beside the arrow on a line of its own, whole, and no arrow alone', () => {
    const lines = render(40, ['node', 'bin/mlops-study.js']);
    expect(lines.filter((l) => l.trim() === '→')).toEqual([]);
    expect(lines).toContain('    → node bin/mlops-study.js show 6'); // fits
    expect(lines).toContain('    node bin/mlops-study.js show evidently-drift-reports'); // longer than the terminal: whole (it soft-wraps), where the snippet is
    expect(render(40, ['mlops-study'])).toContain('mlops-study show evidently-drift-reports'); // fits only unindented: unindented
    expect(lines.some((l) => l.includes('https://cloud.google.com/architecture/mlops-continuous-delivery'))).toBe(true); // a URL stays whole
    for (const l of lines.filter((l) => !/https?:|node bin/.test(l))) expect(width(l), l).toBeLessThanOrEqual(40);
  });
});
