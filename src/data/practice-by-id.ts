import type { NormalizedFeed, NormalizedPractice } from './types.js';

// Built once per feed: a feed is never changed once read (a new copy is a new object).
const indexes = new WeakMap<NormalizedFeed, Map<string, NormalizedPractice>>();

/**
 * The feed's practice with this id, looked up in an index built on the first call for that feed
 * (a card opened, a marker named: among tens of thousands of practices, each lookup at once).
 */
export function practiceById(feed: NormalizedFeed, id: string): NormalizedPractice | undefined {
  let index = indexes.get(feed);
  if (!index) {
    index = new Map(feed.practices.map((practice) => [practice.id, practice]));
    indexes.set(feed, index);
  }
  return index.get(id);
}
