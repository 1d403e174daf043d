// The elements render on a server with @lit-labs/ssr, from a feed object, to declarative shadow
// DOM: the HTML a page can send before any script runs (the HTML-first work builds on it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
import { loadLanguage } from '../../src/index.js';

const feed = JSON.parse(
  readFileSync(new URL('../../demo/data/practices.json', import.meta.url), 'utf8'),
) as { practices: { id: string }[] };

/** The rendered HTML without Lit's part markers and styles, whitespace collapsed. */
const readable = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');

describe('server rendering with @lit-labs/ssr', () => {
  it('renders <practice-card> from a feed object into declarative shadow DOM', () => {
    const markup = collectResultSync(
      render(
        html`<practice-card
          .feed=${feed}
          practice-id="steam-without-barriers"
          lang="en"
        ></practice-card>`,
      ),
    );
    const text = readable(markup);
    assert.match(markup, /<practice-card[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(text, /STEAM Without Barriers/);
    assert.match(text, /Why it is a good practice/);
    assert.match(text, /<dd>Colombia<\/dd>/, 'country names come from Intl on the server too');
    assert.doesNotMatch(text, /could not be loaded|No feed/);
  });

  it('renders <practice-list> with its count and every practice title', () => {
    const markup = collectResultSync(
      render(html`<practice-list .feed=${feed} lang="en" page-size="24"></practice-list>`),
    );
    const text = readable(markup);
    assert.match(markup, /<practice-list[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(text, new RegExp(`${feed.practices.length} practices`));
    assert.match(text, /STEAM Without Barriers/);
    assert.match(text, /Digital Seed/);
  });

  it('renders in Spanish once the language is loaded', async () => {
    await loadLanguage('es');
    const markup = collectResultSync(
      render(
        html`<practice-card .feed=${feed} practice-id="digital-seed" lang="es"></practice-card>`,
      ),
    );
    const text = readable(markup);
    assert.match(text, /Semilla Digital/);
    assert.match(text, /Por qué es una buena práctica/);
  });
});
