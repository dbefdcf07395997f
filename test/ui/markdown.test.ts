import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/ui/markdown.js';
import { plainStyle } from '../../src/ui/style.js';

const plain = plainStyle(true);
const render = (md: string, columns = 40) => renderMarkdown(md, plain, columns);

describe('renderMarkdown', () => {
  it('wraps paragraphs and keeps code blocks intact', () => {
    const lines = render('DVC stores data outside Git and keeps small pointer files in the repository.\n\n```bash\ndvc remote add -d storage /tmp/dvc-store-with-a-long-path\n```');
    expect(lines).toEqual([
      'DVC stores data outside Git and keeps',
      'small pointer files in the repository.',
      '',
      '  bash',
      '    dvc remote add -d storage /tmp/dvc-store-with-a-long-path',
    ]);
  });

  it('keeps a fenced block indented inside a numbered step', () => {
    const lines = render('1. Initialise:\n   ```bash\n   dvc init\n   ```\n2. Add data');
    expect(lines).toEqual(['1. Initialise:', '', '     bash', '       dvc init', '', '2. Add data']);
  });

  it('shows links with their URL, headings, bullets with a hanging indent', () => {
    const lines = render('### 더 읽기\n- [DVC 문서](https://dvc.org/doc) 에서 원격 저장소 설정을 확인합니다', 34);
    expect(lines[0]).toBe('더 읽기');
    expect(lines.slice(1)).toEqual(['• DVC 문서 (https://dvc.org/doc)', '  에서 원격 저장소 설정을', '  확인합니다']);
  });

  it('never splits a Korean character and strips escape codes', () => {
    const lines = render('가나다라마바사아자차카타파하가나다라마바사아자차카타파하\u001b[31m', 10);
    for (const line of lines) {
      expect(line).not.toContain('\u001b');
      expect([...line].every((ch) => ch.length === 1)).toBe(true);
    }
    expect(lines.join('')).toBe('가나다라마바사아자차카타파하가나다라마바사아자차카타파하[31m');
  });
});
