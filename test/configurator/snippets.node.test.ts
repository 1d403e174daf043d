import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedUrl,
  iframeSnippet,
  scriptSnippet,
  shortcodeSnippet,
  type SnippetChoice,
} from '../../src/configurator/snippets.js';
import { readEmbedParams } from '../../src/embed/embed-params.js';
import { CONFIGURATOR_STRINGS, fill } from '../../src/configurator/strings.js';

const BASE = 'https://cdn.jsdelivr.net/npm/practice-widgets@0/dist/cdn/';

const choice = (overrides: Partial<SnippetChoice> = {}): SnippetChoice => ({
  widget: 'catalog',
  attributes: [
    ['src', 'https://data.example/practices.json'],
    ['lang', 'es'],
    ['country', 'PE'],
    ['level', 'secondary'],
    ['objective', 'teacher-training'],
  ],
  libraryBase: BASE,
  fallback: { href: 'https://data.example/', text: 'Buenas prácticas: Observatorio' },
  iframeTitle: 'Buenas prácticas en educación digital',
  resizeComment: 'Opcional',
  ...overrides,
});

/** Attribute values and texts that would break out of their place if written as they are. */
const hostile = choice({
  attributes: [
    ['src', 'https://data.example/p.json?a=1&b="2"'],
    ['q', '"><script>alert(1)</script> ] [practice_map]'],
    ['without-map', ''],
  ],
  fallback: { href: 'https://data.example/?x="y"&z', text: '</a><img src=x onerror=alert(1)> [x]' },
  iframeTitle: 'A "title" <b>',
  resizeComment: 'ends early --> <script>',
});

describe('the configurator snippets', () => {
  it('writes the stylesheet and script tags beside the library, the element, its scope and a fallback link', () => {
    assert.equal(
      scriptSnippet(choice()),
      `<link rel="stylesheet" href="${BASE}practice-widgets.css" />\n` +
        `<script type="module" src="${BASE}practice-widgets.js"></script>\n` +
        '<practice-catalog src="https://data.example/practices.json" lang="es" country="PE" level="secondary" objective="teacher-training">\n' +
        '  <a href="https://data.example/">Buenas prácticas: Observatorio</a>\n' +
        '</practice-catalog>',
    );
  });

  it('writes an iframe whose address embed.html reads back to the same attributes', () => {
    const url = new URL(embedUrl(choice()));
    assert.equal(url.href.startsWith(`${BASE}embed.html?widget=catalog&`), true);
    const { tag, attributes } = readEmbedParams(url.search, url.href);
    assert.equal(tag, 'practice-catalog');
    assert.deepEqual(attributes, Object.fromEntries(choice().attributes));
    const snippet = iframeSnippet(choice());
    assert.match(snippet, /title="Buenas prácticas en educación digital"/);
    assert.match(
      snippet,
      /\n<p><a href="https:\/\/data\.example\/">Buenas prácticas: Observatorio<\/a><\/p>\n/,
    );
    assert.match(
      snippet,
      new RegExp(`<script type="module" src="${BASE}embed-resize.js"></script>$`),
    );
  });

  it('writes the shortcode with the plugin attribute names, switches as "1"', () => {
    assert.equal(
      shortcodeSnippet(
        choice({
          widget: 'card',
          attributes: [
            ['practice-id', 'digital-seed'],
            ['sync-url', ''],
          ],
        }),
      ),
      '[practice_card practice-id="digital-seed" sync-url="1"]<a href="https://data.example/">Buenas prácticas: Observatorio</a>[/practice_card]',
    );
  });

  it('escapes every value, so no text closes its attribute, element, comment or shortcode', () => {
    const script = scriptSnippet(hostile);
    assert.equal(script.match(/<script/g)?.length, 1);
    assert.equal(script.match(/<a /g)?.length, 1);
    assert.doesNotMatch(script, /<img|"><script>|<\/script> ]/);
    assert.match(script, / without-map>/);
    assert.match(
      script,
      /q="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; \] \[practice_map\]"/,
    );

    const iframe = iframeSnippet(hostile);
    assert.equal(iframe.match(/<script/g)?.length, 1);
    assert.equal(iframe.match(/-->/g)?.length, 1);
    assert.match(iframe, /title="A &quot;title&quot; &lt;b&gt;"/);
    const src = /<iframe src="([^"]*)"/.exec(iframe)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    assert.deepEqual(readEmbedParams(url.search, url.href).attributes, {
      src: 'https://data.example/p.json?a=1&b=%222%22',
      q: '"><script>alert(1)</script> ] [practice_map]',
      'without-map': '',
    });

    const shortcode = shortcodeSnippet(hostile);
    // One opening and one closing shortcode: no bracket or quote of a value ends it early.
    assert.equal(shortcode.match(/\[/g)?.length, 2);
    assert.equal(shortcode.match(/]/g)?.length, 2);
    assert.match(
      shortcode,
      /q="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &#93; &#91;practice_map&#93;"/,
    );
    assert.match(shortcode, / without-map="1"\]/);
  });

  it('has its words in four languages, the iframe title and fallback link in each', () => {
    for (const [lang, strings] of Object.entries(CONFIGURATOR_STRINGS)) {
      assert.ok(strings.iframeTitle, lang);
      assert.match(fill(strings.fallbackLink, { title: 'T', site: 'S' }), /^T ?: S$/, lang);
    }
    assert.notEqual(CONFIGURATOR_STRINGS.es.iframeTitle, CONFIGURATOR_STRINGS.en.iframeTitle);
  });
});
