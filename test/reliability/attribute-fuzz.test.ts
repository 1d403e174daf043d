// Property-based attributes: every attribute of every element, written with random strings,
// numbers, empty and huge values. Whatever is written, the element renders a state (the
// practices, an empty state or a message), asks for its feed a bounded number of times, never
// hangs and never throws. Fixed seed, so that a failure replays; few runs per element, and each
// run bounded in time, so that the suite stays fast.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { sampleFeed } from '../helpers.js';
import {
  answer,
  controlledNetwork,
  displayElementTags,
  settled,
  shadowRoots,
  watchUncaught,
} from './support.js';

const settings = { seed: 20261205, numRuns: 8 };

/** The longest a run may take before it counts as a hang. */
const RUN_LIMIT_MS = 4000;

/** Attributes every element may be given, besides those its class declares. */
const GLOBAL_ATTRIBUTES = ['id', 'lang', 'class', 'dir', 'hidden'];

/** The attributes `tag` reads, from its class's declared reactive properties. */
function attributesOf(tag: string): string[] {
  const element = customElements.get(tag) as unknown as typeof LitElement;
  const names = new Set(GLOBAL_ATTRIBUTES);
  for (const [property, options] of element.elementProperties) {
    if (options.attribute === false || typeof property !== 'string') continue;
    names.add(typeof options.attribute === 'string' ? options.attribute : property.toLowerCase());
  }
  return [...names];
}

/** Values a page or a CMS may write: random text, numbers in every form, empty, huge. */
const attributeValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    '-1',
    '0',
    '1e400',
    '-Infinity',
    '10s',
    '0x10',
    'true',
    'null',
    'undefined',
    'visually-hidden',
    'dark light',
    'javascript:alert(1)',
    'data:application/json,{}',
    '../../../etc/passwd',
    '"><img src=x onerror=alert(1)>',
    'CO,PE,,,XX',
    '\u202Eevil',
    '\u0000',
  ),
  fc.nat({ max: 200_000 }).map((length) => 'x'.repeat(length)),
);

/** Some of `tag`'s attributes, each with a random value. */
const attributesFor = (tag: string) =>
  fc.uniqueArray(fc.tuple(fc.constantFrom(...attributesOf(tag)), attributeValue), {
    selector: ([name]) => name,
    minLength: 1,
    maxLength: 6,
  });

/** Whether `element` shows a state: text or a drawing, and no longer only a skeleton. */
function showsAState(element: Element): boolean {
  return shadowRoots(element).some(
    (root) => (root.textContent ?? '').trim() !== '' || root.querySelector('svg') !== null,
  );
}

function withinLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle in time`)), RUN_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Renders `tag` with `attributes` (inside a `<practice-feed>` for the container, whose own
 * attributes are the ones under test), and checks what it shows.
 */
async function renderWith(tag: string, attributes: [string, string][]): Promise<void> {
  const network = controlledNetwork(answer.json(sampleFeed()));
  const page = location.href;
  const root = document.createElement('div');
  const element = document.createElement(tag);
  // A feed to show unless the run writes another src (or a practice id for a card).
  if (tag !== 'practice-feed') element.setAttribute('src', '/fuzz/feed.json');
  if (tag === 'practice-card') element.setAttribute('practice-id', 'steam-without-barriers');
  if (tag === 'practice-feed') element.setAttribute('src', '/fuzz/feed.json');
  for (const [name, value] of attributes) {
    try {
      element.setAttribute(name, value);
    } catch {
      // A name the DOM refuses is not one a page can write either.
    }
  }
  const shown = tag === 'practice-feed' ? document.createElement('practice-list') : element;
  if (tag === 'practice-feed') element.append(shown);
  root.append(element);
  document.body.append(root);
  const uncaught = watchUncaught();
  try {
    await withinLimit(settled(shown), `<${tag}> with ${JSON.stringify(attributes).slice(0, 300)}`);
    expect(showsAState(shown), `<${tag}> shows nothing`).to.equal(true);
    // Time for a load that restarts itself to show itself.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(network.requests.length, 'requests').to.be.at.most(2);
  } finally {
    uncaught.stop();
    root.remove();
    // sync-url may have written the reader's choices into the address: put it back.
    if (location.href !== page) history.replaceState(history.state, '', page);
  }
  expect(uncaught.errors).to.deep.equal([]);
}

describe('random attributes on every element', function () {
  this.timeout(120_000);

  // Random attributes name unknown vocabulary and languages; those reports are tested elsewhere.
  const warn = console.warn;
  beforeEach(() => {
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('practice-widgets:')) warn.apply(console, args);
    };
  });
  afterEach(() => (console.warn = warn));

  it('covers every element the library registers, and its attributes', async () => {
    const tags = await displayElementTags();
    expect(tags).to.include.members(['practice-card', 'practice-list', 'practice-catalog']);
    expect(attributesOf('practice-feed')).to.include.members(['timeout', 'max-size', 'sync-url']);
  });

  for (const tag of [
    'practice-feed',
    'practice-card',
    'practice-list',
    'practice-filters',
    'practice-map',
    'practice-stats',
    'practice-catalog',
  ]) {
    it(`<${tag}>: renders a state, whatever its attributes say`, async () => {
      await fc.assert(
        fc.asyncProperty(attributesFor(tag), (attributes) => renderWith(tag, attributes)),
        settings,
      );
    });
  }
});
