import { describe, expect, it } from 'vitest';
import { withCommand } from '../../src/ui/blocks.js';
import { unbreakable, width } from '../../src/ui/text.js';

const cmd = (...args: string[]) => unbreakable(['mlops-study', ...args].join(' '));

describe('withCommand: a sentence that ends with a command', () => {
  it('stays on one line when it fits', () => {
    expect(withCommand('Next: Remotes —', cmd('show', 'dvc-remotes'), 60)).toEqual([`Next: Remotes — ${cmd('show', 'dvc-remotes')}`]);
  });

  it('puts the command whole on its own indented line, without the dash that led to it', () => {
    const lines = withCommand('Next: The five stages of the ML lifecycle —', cmd('show', 'dvc-remotes'), 40, '', '  ');
    expect(lines).toEqual(['Next: The five stages of the ML', '  lifecycle', `  ${cmd('show', 'dvc-remotes')}`]);
  });

  it('drops the indent only when that makes the command fit, like wrap()', () => {
    const command = cmd('show', 'mlops-lifecycle-stages'); // 39 columns
    expect(withCommand('Next: a long title —', command, 40, '', '  ').at(-1)).toBe(command);
    const wider = cmd('check', 'a-very-long-item-identifier-indeed');
    expect(width(wider)).toBeGreaterThan(40);
    expect(withCommand('Work on it', wider, 40, '  • ').at(-1)).toBe(`    ${wider}`);
  });

  it('keeps the colour codes after a dash with the text', () => {
    const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
    const lines = withCommand(dim('Revisit: How MLOps differs from DevOps →'), dim(cmd('show', 'mlops-devops-differences')), 40, '  ', '    ');
    expect(lines[0]).toBe(`  ${dim('Revisit: How MLOps differs from DevOps')}`);
    expect(lines.at(-1)).toBe(`    ${dim(cmd('show', 'mlops-devops-differences'))}`);
  });
});
