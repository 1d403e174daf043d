// Types of scripts/chromium.mjs, for the tests that import it.
export const CHROMIUM_ARGS: string[];
export function findChromium(): string;
export function installDebianChromium(): string;
