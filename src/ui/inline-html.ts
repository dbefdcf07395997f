/**
 * The inline markdown of curriculum text (`code`, *emphasis*, **strong**,
 * [links](…)) as HTML, for files other programs show: the Anki export.
 * Every piece of text, and every link target, passes issue 14's boundary
 * (htmlText) first; parseInline only makes links of http(s) addresses, so a
 * curriculum cannot smuggle in markup, a script URL or a control character.
 */
import { htmlText } from '../util/untrusted.js';
import { parseInline, type Inline } from './inline.js';

/** One paragraph of inline markdown as HTML; line breaks become `<br>`, tabs spaces. */
export function inlineHtml(text: string): string {
  return parseInline(String(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ')).map(node).join('');
}

function node(n: Inline): string {
  switch (n.kind) {
    case 'text':
      return htmlText(n.text).replace(/\n/g, '<br>');
    case 'code':
      return `<code>${htmlText(n.text).replace(/\n/g, '<br>')}</code>`;
    case 'strong':
      return `<b>${n.children.map(node).join('')}</b>`;
    case 'em':
      return `<i>${n.children.map(node).join('')}</i>`;
    case 'link':
      return `<a href="${htmlText(n.url)}">${n.label.map(node).join('')}</a>`;
  }
}
