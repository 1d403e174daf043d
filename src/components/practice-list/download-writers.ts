import { practicesToCsv } from '../../data/csv.js';
import { practicesToFeed, toInlineSafeJson } from '../../data/export.js';
import { saveFile } from '../shared/save-file.js';

/**
 * What the list's downloads write, and how a file is handed to the reader: the lazy chunk that
 * `downloads.ts` loads.
 */
export const writers = { practicesToCsv, practicesToFeed, toInlineSafeJson, saveFile };

export type DownloadWriters = typeof writers;
