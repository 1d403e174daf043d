import type { practicesToCsv } from '../../data/csv.js';

/**
 * The list's spreadsheet writer, a chunk of its own: a page loads it when the reader opens the
 * downloads, not before. Loaded once; a failure (offline, and never loaded on this device) is
 * forgotten, so that the next download asks again.
 */
export type CsvWriter = typeof practicesToCsv;

const importWriter = () => import('../../data/csv.js').then(({ practicesToCsv }) => practicesToCsv);

let load: () => Promise<CsvWriter> = importWriter;
let pending: Promise<CsvWriter> | undefined;

export function loadCsvWriter(): Promise<CsvWriter> {
  return (pending ??= load().catch((error: unknown) => {
    pending = undefined;
    throw error;
  }));
}

/** Replaces how the writer is loaded (tests fail with it); without an argument, restores it. */
export function setCsvWriterLoader(replacement: () => Promise<CsvWriter> = importWriter): void {
  load = replacement;
  pending = undefined;
}
