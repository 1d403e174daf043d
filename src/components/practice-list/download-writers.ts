import { practicesToCsv } from '../../data/csv.js';
import { practicesToFeed, toInlineSafeJson } from '../../data/export.js';

/** What the list's downloads write: the lazy chunk that `downloads.ts` loads. */
export const writers = { practicesToCsv, practicesToFeed, toInlineSafeJson };

export type DownloadWriters = typeof writers;
