import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../src/ui/markdown.js';
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

  it('never splits a Korean character and shows escape codes as text, never raw', () => {
    const lines = render('가나다라마바사아자차카타파하가나다라마바사아자차카타파하\u001b[31m', 10);
    for (const line of lines) {
      expect(line).not.toContain('\u001b');
      expect([...line].every((ch) => ch.length === 1)).toBe(true);
    }
    expect(lines.join('')).toBe('가나다라마바사아자차카타파하가나다라마바사아자차카타파하\\u001b[31m');
  });
});

describe('renderInline: emphasis (CommonMark flanking rules, CJK-friendly)', () => {
  // Marks each node so the tests see what became emphasis.
  const marked = {
    ...plain,
    c: new Proxy(plain.c, {
      get: (target, key) =>
        key === 'italic' ? (s: string) => `<i>${s}</i>` : key === 'bold' ? (s: string) => `<b>${s}</b>` : key === 'cyan' ? (s: string) => `<code>${s}</code>` : Reflect.get(target, key),
    }),
  } as typeof plain;
  const inline = (text: string) => renderInline(text, marked);

  it('renders single-* emphasis next to Korean text (weeks/06: *사실*을, *반환*합니다)', () => {
    expect(inline('메트릭은 무언가 잘못되었다는 *사실*을, 로그는 *어떤 요청*이 문제인지를 알려 줍니다.')).toBe(
      '메트릭은 무언가 잘못되었다는 <i>사실</i>을, 로그는 <i>어떤 요청</i>이 문제인지를 알려 줍니다.',
    );
    expect(inline('`run()`은 **current가 먼저, reference가 나중**이고, 결과 객체를 *반환*합니다.')).toBe(
      '<code>run()</code>은 <b>current가 먼저, reference가 나중</b>이고, 결과 객체를 <i>반환</i>합니다.',
    );
  });

  it('lets punctuation inside the delimiters touch Korean outside them (where plain CommonMark shows asterisks)', () => {
    expect(inline('이것은**"강조"**입니다')).toBe('이것은<b>"강조"</b>입니다');
    expect(inline('패키지를 발행하려면 **`npm publish`**를 실행하십시오.')).toBe('패키지를 발행하려면 <b><code>npm publish</code></b>를 실행하십시오.');
    expect(inline('*(선택)*은 건너뛰어도 됩니다')).toBe('<i>(선택)</i>은 건너뛰어도 됩니다');
    // Between Latin letters the CommonMark rule is unchanged: no emphasis.
    expect(inline('a**"b"**c')).toBe('a**"b"**c');
  });

  it('keeps asterisks that are not emphasis', () => {
    expect(inline('2 * 3 * 4 = 24')).toBe('2 * 3 * 4 = 24');
    expect(inline('a*b, 5 * 6 and *')).toBe('a*b, 5 * 6 and *');
    expect(inline('`params.*`, `metrics.*` 열')).toBe('<code>params.*</code>, <code>metrics.*</code> 열');
    expect(inline('\\*literal\\*')).toBe('*literal*');
    expect(inline('**unclosed')).toBe('**unclosed');
  });

  it('nests emphasis, keeps code and links intact, and follows the rule of three', () => {
    expect(inline('***both***')).toBe('<i><b>both</b></i>');
    expect(inline('*a **b** c*')).toBe('<i>a <b>b</b> c</i>');
    expect(inline('*see `a*b` here*')).toBe('<i>see <code>a*b</code> here</i>');
    expect(inline('[*DVC* 문서](https://dvc.org/doc)')).toBe('<i>DVC</i> 문서 (https://dvc.org/doc)');
    expect(inline('<https://example.com/a*b*c>')).toBe('https://example.com/a*b*c');
    expect(inline('*foo**bar**baz*')).toBe('<i>foo<b>bar</b>baz</i>');
  });
});
