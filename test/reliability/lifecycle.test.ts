// Attaching and detaching each element many times must leave nothing behind: no listener on
// window or document, no observer still observing, no timer still pending, no request still
// open. Each is counted through a wrapper installed before the elements are first used.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleFeed, until } from '../helpers.js';
import {
  answer,
  controlledNetwork,
  displayElementTags,
  elementAttributes,
  settled,
} from './support.js';

const CYCLES = 100;

/** Listeners on window and document that were added and not removed. */
const listeners = new Set<string>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (value: object) => ids.get(value) ?? (ids.set(value, ++nextId), nextId);
const listenerKey = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
  const capture =
    typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions)?.capture;
  return `${target === window ? 'window' : 'document'} ${type} ${idOf(listener as object)} ${capture}`;
};

/** Observers that observe something and were not disconnected. */
const observing = new Set<object>();
/** Timers and callbacks scheduled by library code and still to run. */
const timers = new Set<string>();

// Timers of the test framework are not the library's: only those scheduled from a module of
// src/ (or of a dependency it uses) are counted.
const fromLibrary = () =>
  /\/(src|node_modules\/(lit|@lit|@lit-labs))\//.test(new Error().stack ?? '');

function install(): () => void {
  const restore: (() => void)[] = [];
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if ((this === window || this === document) && listener) {
      const key = listenerKey(this, type, listener, options);
      const once = typeof options === 'object' && options?.once;
      if (!once) listeners.add(key);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if ((this === window || this === document) && listener) {
      listeners.delete(listenerKey(this, type, listener, options));
    }
    return remove.call(this, type, listener, options);
  };
  restore.push(() => {
    EventTarget.prototype.addEventListener = add;
    EventTarget.prototype.removeEventListener = remove;
  });

  for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'] as const) {
    const Original = window[name] as unknown as {
      new (...args: unknown[]): { observe(...a: unknown[]): void; disconnect(): void };
    };
    class Counted extends Original {
      override observe(...args: unknown[]): void {
        observing.add(this);
        super.observe(...args);
      }
      override disconnect(): void {
        observing.delete(this);
        super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restore.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }

  const pairs = [
    ['setTimeout', 'clearTimeout'],
    ['setInterval', 'clearInterval'],
    ['requestAnimationFrame', 'cancelAnimationFrame'],
    ['requestIdleCallback', 'cancelIdleCallback'],
  ] as const;
  for (const [schedule, cancel] of pairs) {
    const win = window as unknown as Record<string, (...args: unknown[]) => unknown>;
    // Safari (WebKit) has no requestIdleCallback: nothing of that kind to count there.
    if (typeof win[schedule] !== 'function') continue;
    const originalSchedule = win[schedule];
    const originalCancel = win[cancel]!;
    win[schedule] = (callback: unknown, ...rest: unknown[]) => {
      if (!fromLibrary()) return originalSchedule.call(window, callback, ...rest);
      let key = '';
      const id = originalSchedule.call(
        window,
        (...args: unknown[]) => {
          if (schedule !== 'setInterval') timers.delete(key);
          (callback as (...a: unknown[]) => void)(...args);
        },
        ...rest,
      );
      key = `${schedule} ${id}`;
      timers.add(key);
      return id;
    };
    win[cancel] = (id: unknown) => {
      timers.delete(`${schedule} ${id}`);
      return originalCancel.call(window, id);
    };
    restore.push(() => {
      win[schedule] = originalSchedule;
      win[cancel] = originalCancel;
    });
  }
  return () => restore.forEach((undo) => undo());
}

describe('attaching and detaching every element a hundred times', function () {
  this.timeout(60_000);
  let uninstall: () => void;
  before(() => (uninstall = install()));
  after(() => uninstall());

  const snapshot = () => ({
    listeners: [...listeners].sort(),
    observers: observing.size,
    timers: [...timers].sort(),
  });

  /** The most seen at once while elements were attached: proof that the wrappers count. */
  const peak = { listeners: 0, observers: 0 };

  async function churn(
    make: () => Element,
    attached: (element: Element) => Promise<void>,
  ): Promise<void> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < CYCLES; i++) {
      const element = make();
      host.append(element);
      await attached(element);
      peak.listeners = Math.max(peak.listeners, listeners.size);
      peak.observers = Math.max(peak.observers, observing.size);
      element.remove();
      // The same element again, as a page that moves it would.
      if (i % 10 === 0) {
        host.append(element);
        await attached(element);
        element.remove();
      }
    }
  }

  /** Lets what the library scheduled run out (idle callbacks, the end of cancelled requests). */
  const quiet = () => until(() => timers.size === 0, 2000).catch(() => undefined);

  for (const state of ['loaded', 'loading'] as const) {
    it(`leaves nothing behind, with the feed ${state}`, async () => {
      const network = controlledNetwork(
        state === 'loaded' ? answer.json(sampleFeed()) : answer.hang(),
      );
      const tags = await displayElementTags();
      await quiet();
      const before = snapshot();
      for (const tag of tags) {
        const make = () => {
          const element = document.createElement(tag);
          element.setAttribute('src', `/lifecycle/${state}.json`);
          const attrs = elementAttributes(tag, 'steam-without-barriers');
          for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
          return element;
        };
        await churn(
          make,
          state === 'loaded'
            ? settled
            : async (element) => {
                await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
              },
        );
      }
      // Inside a <practice-feed>, with every element as a child.
      await churn(
        () => {
          const feed = document.createElement('practice-feed');
          feed.setAttribute('src', `/lifecycle/${state}.json`);
          for (const tag of tags) {
            const child = document.createElement(tag);
            const attrs = elementAttributes(tag, 'steam-without-barriers');
            for (const [name, value] of Object.entries(attrs)) child.setAttribute(name, value);
            feed.append(child);
          }
          return feed;
        },
        async (feed) => {
          await (feed as Element & { updateComplete: Promise<unknown> }).updateComplete;
          if (state === 'loaded') await Promise.all([...feed.children].map(settled));
        },
      );
      await quiet();
      await until(() => network.pending === 0);
      expect(peak.listeners).to.be.greaterThan(before.listeners.length);
      expect(peak.observers).to.be.greaterThan(before.observers);
      expect(snapshot()).to.deep.equal(before);
      if (state === 'loading') {
        // Every request was cancelled once nobody waited for it.
        expect(network.requests.every(({ init }) => init.signal!.aborted)).to.equal(true);
      }
    });
  }
});
