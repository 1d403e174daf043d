import type { SharedFeedState } from './context.js';

/*
 * What a `<practice-feed>` shares with the widgets inside it travels by context, that is by a
 * DOM event each widget fires as it connects. A server render (`practice-feed render --element
 * catalog`, src/site/render.ts) connects nothing and fires no event, so the parts of a
 * `<practice-catalog>` would find no feed there. While such a render runs (synchronously), the
 * state its `<practice-feed>` will share in the page is here instead; it is never set in a
 * browser, where `serverFeedState()` is always `undefined`.
 */
let current: SharedFeedState | undefined;

/** The shared state of the `<practice-feed>` being rendered on the server, if any. */
export const serverFeedState = (): SharedFeedState | undefined => current;

/** Runs `render` (synchronous) with `state` as every widget's enclosing feed. */
export function withServerFeedState<T>(state: SharedFeedState, render: () => T): T {
  current = state;
  try {
    return render();
  } finally {
    current = undefined;
  }
}
