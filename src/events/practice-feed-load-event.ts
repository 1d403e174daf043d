import type { FeedWarning } from '../data/types.js';

export interface PracticeFeedLoadDetail {
  /** Number of practices that can be shown. */
  readonly count: number;
  /** Records skipped or repaired while reading the feed. */
  readonly warnings: readonly FeedWarning[];
  /** True when the practices come from a saved copy rather than the network. */
  readonly fromCache: boolean;
}

/** Fired by the element that loaded a feed, once it is read and validated. */
export class PracticeFeedLoadEvent extends CustomEvent<PracticeFeedLoadDetail> {
  static readonly eventName = 'practice-feed-load';

  constructor(detail: PracticeFeedLoadDetail) {
    super(PracticeFeedLoadEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-feed-load': PracticeFeedLoadEvent;
  }
}
