import type { DownloadWriters } from './download-writers.js';

export type { DownloadWriters };

/**
 * The list's file writers (spreadsheet and feed) are a chunk of their own: a page loads them
 * when the reader opens the downloads, not before. Loaded once; a failure (offline, and never
 * loaded on this device) is forgotten, so that the next download asks again.
 */
const importWriters = () =>
  import('./download-writers.js').then(({ writers }): DownloadWriters => writers);

let load: () => Promise<DownloadWriters> = importWriters;
let pending: Promise<DownloadWriters> | undefined;

export function loadDownloadWriters(): Promise<DownloadWriters> {
  return (pending ??= load().catch((error: unknown) => {
    pending = undefined;
    throw error;
  }));
}

/** Replaces how the writers are loaded (tests fail with it); without an argument, restores it. */
export function setDownloadWritersLoader(
  replacement: () => Promise<DownloadWriters> = importWriters,
): void {
  load = replacement;
  pending = undefined;
}
