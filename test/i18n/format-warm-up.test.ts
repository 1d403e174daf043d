// The formatters' warm-up as a browser runs it: after the first paint, one kind per idle moment
// (or a timer where there is no idle callback, as in Safari), until every kind the widgets use
// is built. The order and the stopping rules are tested in Node (intl-warm-up.node.test.ts);
// here, that the browser's own scheduling carries it to the end in every engine.
import { expect } from '@open-wc/testing';
import { warmUpFormatters } from '../../src/i18n/format-warm-up.js';
import { until } from '../helpers.js';

const KINDS = ['Collator', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules'] as const;

describe('the formatters’ warm-up in a browser', () => {
  const intl = Intl as unknown as Record<string, unknown>;
  const originals = new Map<string, unknown>();
  afterEach(() => {
    for (const [kind, original] of originals) intl[kind] = original;
    originals.clear();
  });

  it('builds every kind after the first paint, a kind at a time, and then stops', async () => {
    const built: string[] = [];
    for (const kind of KINDS) {
      const Original = intl[kind] as new (...args: unknown[]) => object;
      originals.set(kind, Original);
      intl[kind] = new Proxy(Original, {
        construct(target, args) {
          built.push(kind);
          return new target(...args);
        },
      });
    }
    // Each test file has a page of its own: no formatter of Portuguese is built yet.
    warmUpFormatters('pt');
    expect(built, 'nothing before the next paint').to.deep.equal([]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(built, 'nothing in the frame itself').to.deep.equal([]);
    await until(() => KINDS.every((kind) => built.includes(kind)), 8000);
    // Twice asked, built once: the cache keeps them for the widgets.
    const count = built.length;
    warmUpFormatters('pt');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(built.length, 'nothing built again').to.equal(count);
  });
});
