/** The answer a prompt echoes: wrapped by display width, never cutting a word or a Korean syllable. */
import { describe, expect, it } from 'vitest';
import { echoAnswer } from '../../src/ui/echo.js';
import { width, wrap } from '../../src/ui/text.js';

/** The lines the terminal shows: "› message answer", the message wrapped as askQuestion wraps it. */
function shown(prompt: string, answer: string, columns: number): string[] {
  const message = wrap(prompt, columns - 3, '', '  ').join('\n');
  return `› ${message} ${echoAnswer(message, answer, columns)}`.split('\n');
}

describe('echoAnswer', () => {
  it('keeps a short answer on the message line', () => {
    expect(echoAnswer('What?', 'A', 40)).toBe('A');
  });

  it('wraps a long answer at word boundaries within the width', () => {
    const answer = 'You get an InconsistentVersionWarning; it is unsupported and predictions may differ';
    const lines = shown('You pickle a model and load it with another version. What happens?', answer, 60);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(60);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(answer);
    expect(lines.join('\n')).not.toMatch(/unsuppo\n/);
  });

  it('moves the answer under the message when its first word does not fit after it', () => {
    const message = 'Which call returns the parameters of a scikit-learn estimator?';
    const lines = shown(message, 'estimator.get_params()', 66);
    expect(lines).toEqual([`› ${message} `, '  estimator.get_params()']);
  });

  it('wraps Korean by display width (two columns a syllable)', () => {
    const answer = '모델과 함께 학습 데이터와 전처리 코드, 하이퍼파라미터까지 버전 관리해야 재현할 수 있다';
    const lines = shown('MLOps에서 재현성을 위해 무엇을 함께 관리해야 합니까?', answer, 40);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(40);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(answer);
  });

  it('joins a choice pre-wrapped for the list back into one text', () => {
    expect(echoAnswer('Q?', 'first line\n  second line', 80)).toBe('first line second line');
  });
});
