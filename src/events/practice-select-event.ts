export interface PracticeSelectDetail {
  /** The id of the practice the reader opened. */
  readonly id: string;
}

/** Fired when the reader opens a practice (a compact card, a list item, a map marker). */
export class PracticeSelectEvent extends CustomEvent<PracticeSelectDetail> {
  static readonly eventName = 'practice-select';

  constructor(detail: PracticeSelectDetail) {
    super(PracticeSelectEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-select': PracticeSelectEvent;
  }
}
