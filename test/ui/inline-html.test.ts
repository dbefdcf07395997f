/** Inline markdown of curriculum text as HTML (the Anki export). */
import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../src/ui/inline-html.js';

describe('inlineHtml', () => {
  it('renders code, strong, emphasis and http(s) links', () => {
    expect(inlineHtml('Run `dvc add data.csv`, **then** *commit*: [docs](https://dvc.org/doc?x=1&y=2)')).toBe(
      'Run <code>dvc add data.csv</code>, <b>then</b> <i>commit</i>: <a href="https://dvc.org/doc?x=1&amp;y=2">docs</a>',
    );
    expect(inlineHtml('<https://mlflow.org>')).toBe('<a href="https://mlflow.org">https://mlflow.org</a>');
  });

  it('keeps everything else text: tags, entities, script links, quotes', () => {
    expect(inlineHtml('<b onclick="x">&#x202E;</b> [x](javascript:alert(1)) \'q\'')).toBe('&lt;b onclick=&quot;x&quot;&gt;&amp;#x202E;&lt;/b&gt; [x](javascript:alert(1)) &#39;q&#39;');
    expect(inlineHtml('`<img src=x>`')).toBe('<code>&lt;img src=x&gt;</code>');
  });

  it('makes a line break <br>, a tab a space, and shows control and bidi characters', () => {
    expect(inlineHtml('one\r\ntwo\tthree')).toBe('one<br>two three');
    expect(inlineHtml('a\u001b[2Jb\u202ec')).toBe('a\\u001b[2Jb\\u202ec');
  });
});
