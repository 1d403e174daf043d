import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeAttribute, escapeText } from '../../src/data/html-escape.js';

/** What an HTML parser reads back from escaped text: the character references decoded. */
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const HOSTILE = [
  '</script><img src=x onerror=alert(1)>',
  '<!-- comment --> <![CDATA[ x ]]>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus '",
  '&lt;b&gt; is already escaped &amp; stays as written',
  '&#x3C;script&#x3E;',
  'a & b < c > d " e \' f',
  '</textarea></title></style></noscript>',
];

describe('escapeText and escapeAttribute', () => {
  it('leave no character that opens a tag, a reference or ends a quoted attribute', () => {
    for (const value of HOSTILE) {
      for (const escape of [escapeText, escapeAttribute]) {
        const written = escape(value);
        assert.doesNotMatch(written, /[<>"']/, value);
        // Every & starts one of the five references written here.
        assert.doesNotMatch(written.replace(/&(amp|lt|gt|quot|#39);/g, ''), /&/, value);
        assert.equal(decode(written), value);
      }
    }
  });

  it('write the five characters as references, and nothing else differently', () => {
    assert.equal(
      escapeText(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    assert.equal(escapeText('</script>'), '&lt;/script&gt;');
    assert.equal(
      escapeAttribute('Buenas prácticas: “Perú” — 10 % [x]'),
      'Buenas prácticas: “Perú” — 10 % [x]',
    );
    assert.equal(escapeText(''), '');
  });
});
