// What the reliability tests share: the list of display elements (read from src/define.ts, so
// that an element registered later joins every check), and walks through shadow roots.
import { fixture, html } from '@open-wc/testing';
import { setFetch, setRetryPolicy } from '../../src/feed/request.js';
import { until } from '../helpers.js';

let tags: Promise<string[]> | undefined;

/**
 * The tag of every display element the library registers: each `components/<tag>/define.js`
 * imported by src/define.ts, except the `<practice-feed>` container.
 */
export function displayElementTags(): Promise<string[]> {
  tags ??= fetch('/src/define.ts')
    .then((response) => response.text())
    .then((source) =>
      // The test server may have rewritten the `.js` extensions to `.ts`.
      [...source.matchAll(/components\/([a-z-]+)\/define\.[jt]s/g)]
        .map((match) => match[1]!)
        .filter((tag) => tag !== 'practice-feed' && customElements.get(tag)),
    );
  return tags;
}

/** Attributes a display element needs to show something: a card needs a practice. */
export function elementAttributes(tag: string, practiceId: string): Record<string, string> {
  return tag === 'practice-card' ? { 'practice-id': practiceId } : {};
}

/** `root` and every shadow root inside it, however deep. */
export function shadowRoots(root: Element | ShadowRoot | Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Every element in `root`'s light DOM and in every shadow root inside it. */
export function deepElements(root: Element | Document): Element[] {
  const all = [...root.querySelectorAll('*')];
  if (root instanceof Element) all.unshift(root);
  for (const shadow of shadowRoots(root)) all.push(...shadow.querySelectorAll('*'));
  return all;
}

/** The text of `element`'s shadow root and of every shadow root inside it. */
export function deepText(element: Element): string {
  return shadowRoots(element)
    .map((root) => root.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Resolves once `element` no longer shows a loading skeleton. */
export async function settled(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<unknown> };
  // The first render has to happen before the absence of a skeleton means anything.
  const done = () =>
    !!element.shadowRoot?.firstElementChild &&
    // Composite elements (a catalog) are settled when every part inside them is.
    shadowRoots(element).every((root) => !root.querySelector('.skeleton'));
  // A feed already in memory arrives within a few promise steps; anything else takes timers.
  for (let step = 0; step < 10 && !done(); step++) {
    await lit.updateComplete;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
  }
  await until(done);
  await lit.updateComplete;
}

/** Collects uncaught errors and unhandled rejections of the page while it runs. */
export function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (!/ResizeObserver loop/.test(event.message)) errors.push(event.message);
  };
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** How the network answers one request. */
export type Answer = (url: string, signal: AbortSignal) => Promise<Response>;

export const answer = {
  json:
    (value: unknown, status = 200): Answer =>
    async () =>
      new Response(JSON.stringify(value), { status }),
  text:
    (body: string): Answer =>
    async () =>
      new Response(body),
  status:
    (status: number): Answer =>
    async () =>
      new Response('', { status }),
  fail: (): Answer => async () => {
    throw new TypeError('Failed to fetch');
  },
  /** Never answers; rejects when cancelled. */
  hang: (): Answer => (_, signal) =>
    new Promise((_, reject) =>
      signal.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
    ),
  /** Answers like `then` once `gate` resolves (or rejects when cancelled first). */
  after:
    (gate: Promise<unknown>, then: Answer): Answer =>
    (url, signal) =>
      new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        void gate.then(() => then(url, signal).then(resolve, reject));
      }),
};

/** A promise and the function that resolves it. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * Replaces the network through the loader's seam: `network.answer` answers every request, the
 * requests are recorded with their options, and `pending` counts those neither answered nor
 * cancelled. Retries wait no real time.
 */
export function controlledNetwork(initial: Answer = answer.hang()) {
  const network = {
    answer: initial,
    requests: [] as { url: string; init: RequestInit }[],
    pending: 0,
  };
  setRetryPolicy({ sleep: async () => undefined });
  setFetch(async (url, init) => {
    network.requests.push({ url, init });
    network.pending += 1;
    try {
      return await network.answer(url, init.signal!);
    } finally {
      network.pending -= 1;
    }
  });
  return network;
}

/** A feed URL of the test server, as the loader keys it. */
export const absolute = (path: string) => new URL(path, document.baseURI).href;

/** A card, a list and filters on one feed, in a <div>: three readers of the same `src`. */
export function threeReadersOf(src: string, practiceId: string): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(
    html`<div>
      <practice-card src=${src} practice-id=${practiceId}></practice-card>
      <practice-list src=${src}></practice-list>
      <practice-filters src=${src}></practice-filters>
    </div>`,
  );
}
