import { pagePart, pageState } from '../../data/page-state.js';
import type { DownloadWriters } from './download-writers.js';

export type { DownloadWriters };

/**
 * The list's file writers (spreadsheet and feed) are a chunk of their own: a page loads them
 * when the reader opens the downloads, not before. Loaded once; a failure (offline, and never
 * loaded on this device) is forgotten, so that the next download asks again.
 */
const importWriters = () =>
  import('./download-writers.js').then(({ writers }): DownloadWriters => writers);

/** How the writers are loaded (a test seam), and the load under way or done. */
const WRITERS = pagePart('download-writers', () => ({
  load: importWriters as () => Promise<DownloadWriters>,
  pending: undefined as Promise<DownloadWriters> | undefined,
}));

export function loadDownloadWriters(): Promise<DownloadWriters> {
  const state = pageState(WRITERS);
  return (state.pending ??= state.load().catch((error: unknown) => {
    state.pending = undefined;
    throw error;
  }));
}

/** Replaces how the writers are loaded (tests fail with it); without an argument, restores it. */
export function setDownloadWritersLoader(
  replacement: () => Promise<DownloadWriters> = importWriters,
): void {
  const state = pageState(WRITERS);
  state.load = replacement;
  state.pending = undefined;
}
