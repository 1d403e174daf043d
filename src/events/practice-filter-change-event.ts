import type { Filters } from '../data/query.js';

export interface PracticeFilterChangeDetail {
  /** The reader's filters after the change. */
  readonly filters: Filters;
}

/** Fired by `<practice-feed>` when the reader's filters change, from any widget inside. */
export class PracticeFilterChangeEvent extends CustomEvent<PracticeFilterChangeDetail> {
  static readonly eventName = 'practice-filter-change';

  constructor(detail: PracticeFilterChangeDetail) {
    super(PracticeFilterChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-filter-change': PracticeFilterChangeEvent;
  }
}
