// Types of build-bundle.mjs, for the tests that import it.
/** Builds the CDN bundle into a folder of its own and answers that folder. */
export function buildCdnBundle(): Promise<string>;
/** Builds the server renderer (src/site, templates as in the CDN bundle) into `dir`. */
export function buildServerRenderer(dir: string): Promise<void>;
