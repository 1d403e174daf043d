// What evaluating the CDN entry costs before the first paint: building an `Intl` formatter loads
// the browser's data for its language (tens of milliseconds on a slow phone), and a constructed
// style sheet parses its rules. Neither may happen at import: the formatters are prepared after
// it (early-start.ts, in tasks of their own) or when first asked for, the sheets when an element
// first draws.
import { expect } from '@open-wc/testing';

const INTL_KINDS = [
  'NumberFormat',
  'DateTimeFormat',
  'PluralRules',
  'Collator',
  'DisplayNames',
  'ListFormat',
  'Segmenter',
  'RelativeTimeFormat',
] as const;

describe('the CDN entry at import', () => {
  it('builds no Intl formatter and no style sheet while it is evaluated', async () => {
    const made: string[] = [];
    const intl = Intl as unknown as Record<string, unknown>;
    const originals = new Map<string, unknown>();
    for (const kind of INTL_KINDS) {
      const Original = intl[kind] as (new (...args: unknown[]) => object) | undefined;
      if (!Original) continue;
      originals.set(kind, Original);
      intl[kind] = new Proxy(Original, {
        construct(target, args) {
          made.push(`Intl.${kind}`);
          return Reflect.construct(target, args) as object;
        },
      });
    }
    const Sheet = globalThis.CSSStyleSheet;
    globalThis.CSSStyleSheet = new Proxy(Sheet, {
      construct(target, args) {
        made.push('CSSStyleSheet');
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      // A page with no widget yet: only what the module itself does at its top level counts.
      await import('../../src/cdn.js');
    } finally {
      for (const [kind, original] of originals) intl[kind] = original;
      globalThis.CSSStyleSheet = Sheet;
    }
    expect(customElements.get('practice-catalog')).to.not.equal(undefined);
    expect(made).to.deep.equal([]);
  });
});
