// Types of the release script's text functions, for its tests.
export function releaseChangelog(text: string, version: string, date: string): string;
export function updateAddresses(text: string, from: string, to: string): string;
