// The one address the package's documentation, its JSON Schema's `$id` and its snippets give for
// the hosted files: package.json's `config.cdn`, `{version}` standing for the package's version
// (jsDelivr's npm path). Tools that write snippets read it from here.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The address of the package root for `version`, ending with a slash. */
export function cdnAddress(version = pkg.version) {
  const address = pkg.config.cdn.replaceAll('{version}', version);
  return address.endsWith('/') ? address : `${address}/`;
}

/** The address of the CDN bundle for `version`. */
export const bundleAddress = (version) => `${cdnAddress(version)}dist/cdn/practice-widgets.js`;

/** The `$id` of the feed's JSON Schema for `version`. */
export const schemaId = (version) => `${cdnAddress(version)}schema/practice-feed.schema.json`;
