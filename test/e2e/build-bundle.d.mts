// Types of build-bundle.mjs, for the tests that import it.
/** Builds the CDN bundle into a folder of its own and answers that folder. */
export function buildCdnBundle(): Promise<string>;
