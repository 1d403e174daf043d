/**
 * How a widget tells the library's own `<practice-feed>` from an element another script defined
 * under the same name. A registered symbol, so that two copies of the library on one page (two
 * bundles, or the bundle and the npm build) still recognise each other's.
 */
export const PRACTICE_FEED_TAG = 'practice-feed';

export const PRACTICE_FEED_MARK = Symbol.for('practice-widgets.practice-feed');

/** Whether `constructor` is a `<practice-feed>` of this library (of any copy of it). */
export function isPracticeFeedElement(constructor: CustomElementConstructor): boolean {
  return (constructor as unknown as Record<symbol, unknown>)[PRACTICE_FEED_MARK] === true;
}
