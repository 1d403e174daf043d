import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isHeightMessage, readEmbedParams } from '../../src/embed/embed-params.js';

const PAGE = 'https://cdn.example/practice-widgets/dist/cdn/embed.html';

describe('embed page parameters', () => {
  it('creates the chosen widget with the parameters it understands', () => {
    const config = readEmbedParams(
      '?widget=card&src=https://data.example/p.json&lang=pt&practice-id=digital-seed&theme=dark&utm_source=x',
      PAGE,
    );
    assert.equal(config.tag, 'practice-card');
    assert.deepEqual(config.attributes, {
      src: 'https://data.example/p.json',
      lang: 'pt',
      'practice-id': 'digital-seed',
      theme: 'dark',
    });
  });

  it('shows the catalogue when the widget is missing or unknown', () => {
    assert.equal(readEmbedParams('', PAGE).tag, 'practice-catalog');
    assert.equal(readEmbedParams('?widget=constructor', PAGE).tag, 'practice-catalog');
  });

  it('keeps only http(s) feed addresses, resolving relative ones against the page', () => {
    assert.equal(
      readEmbedParams('?src=data/p.json', PAGE).attributes.src,
      'https://cdn.example/practice-widgets/dist/cdn/data/p.json',
    );
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'vbscript:x']) {
      const config = readEmbedParams(`?src=${encodeURIComponent(src)}`, PAGE);
      assert.equal(config.attributes.src, undefined, src);
      assert.equal(config.refusedSrc, src);
    }
  });

  it('switches boolean options on unless told false', () => {
    const config = readEmbedParams('?without-map&without-stats=false&sync-url=1', PAGE);
    assert.equal(config.attributes['without-map'], '');
    assert.equal(config.attributes['without-stats'], undefined);
    assert.equal(config.attributes['sync-url'], '');
  });

  it('accepts only well-formed height messages', () => {
    assert.equal(isHeightMessage({ type: 'practice-widgets:height', height: 640 }), true);
    for (const data of [
      null,
      'practice-widgets:height',
      { type: 'other', height: 1 },
      { type: 'practice-widgets:height', height: -1 },
      { type: 'practice-widgets:height', height: Infinity },
      { type: 'practice-widgets:height', height: '640' },
      { type: 'practice-widgets:height', height: 1e9 },
    ]) {
      assert.equal(isHeightMessage(data), false, JSON.stringify(data));
    }
  });
});
