export interface PracticeFeedErrorDetail {
  /** What went wrong, in the reader's language. */
  readonly message: string;
  /** The underlying error: a `FeedLoadError` with its `kind` (and `status` for HTTP errors). */
  readonly cause: unknown;
}

/** Fired by the element that tried to load a feed, when nothing usable could be read. */
export class PracticeFeedErrorEvent extends CustomEvent<PracticeFeedErrorDetail> {
  static readonly eventName = 'practice-feed-error';

  constructor(detail: PracticeFeedErrorDetail) {
    super(PracticeFeedErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-feed-error': PracticeFeedErrorEvent;
  }
}
