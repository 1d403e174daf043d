// Property-based rendering: random documents and valid feeds broken at random go to every
// element; each renders something (a message or the practices) and nothing escapes as an
// uncaught exception. Few runs, so the suite stays fast; the seed is fixed so that a failure
// can be replayed.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { feedLike, jsonValue, mutationsOf } from '../data/arbitraries.js';
import { sampleFeed } from '../helpers.js';
import {
  answer,
  controlledNetwork,
  displayElementTags,
  elementAttributes,
  settled,
  shadowRoots,
  watchUncaught,
} from './support.js';

declare global {
  var __hostile: unknown;
}

const settings = { seed: 20261128, numRuns: 12 };

/** The id of the first practice of `value`, for a card to show. */
function firstId(value: unknown): string {
  const practices = (value as { practices?: unknown } | null)?.practices;
  const id = Array.isArray(practices) ? (practices[0] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' ? id : 'steam-without-barriers';
}

/** Whether `element` shows something: text, or a drawing. */
function showsSomething(element: Element): boolean {
  return shadowRoots(element).some(
    (root) => (root.textContent ?? '').trim() !== '' || root.querySelector('svg') !== null,
  );
}

async function renderEverywhere(value: unknown, how: 'property' | 'src'): Promise<void> {
  const tags = await displayElementTags();
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  if (how === 'src') controlledNetwork(answer.text(JSON.stringify(value)));
  const uncaught = watchUncaught();
  try {
    for (const tag of tags) {
      const element = document.createElement(tag) as HTMLElement & { feed?: unknown };
      if (how === 'property') element.feed = value;
      else {
        element.setAttribute('src', `/random/${tag}.json`);
        // Each run's own document, not an earlier run's saved copy.
        element.setAttribute('cache', 'none');
      }
      for (const [name, attr] of Object.entries(elementAttributes(tag, firstId(value)))) {
        element.setAttribute(name, attr);
      }
      root.append(element);
    }
    await Promise.all([...root.children].map(settled));
    for (const element of root.children) {
      expect(showsSomething(element), `${element.localName} shows nothing`).to.equal(true);
    }
  } finally {
    uncaught.stop();
    root.remove();
  }
  expect(uncaught.errors).to.deep.equal([]);
  expect(globalThis.__hostile).to.equal(undefined);
}

describe('random and broken feeds', function () {
  this.timeout(60_000);

  // Random feeds have many problems; the report of each is tested elsewhere.
  const warn = console.warn;
  beforeEach(() => {
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('practice-widgets:')) warn.apply(console, args);
    };
  });
  afterEach(() => (console.warn = warn));

  it('any JSON value, set as the feed property: every element shows something', async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, (value) => renderEverywhere(value, 'property')),
      settings,
    );
  });

  it('documents shaped like feeds, loaded from src: every element shows something', async () => {
    await fc.assert(
      fc.asyncProperty(feedLike, (value) => renderEverywhere(value, 'src')),
      settings,
    );
  });

  it('a valid feed broken in a few places: every element shows something', async () => {
    await fc.assert(
      fc.asyncProperty(mutationsOf(sampleFeed()), (value) => renderEverywhere(value, 'property')),
      { ...settings, numRuns: 20 },
    );
  });
});
