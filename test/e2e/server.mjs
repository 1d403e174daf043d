// The end-to-end test server: the project's static server (scripts/static-server.mjs) with the
// routes the checks need. It serves:
//   /cdn/…, /cdn-2/…    the built CDN bundle (two URLs: a page may load two copies)
//   /site/widgets/…     the same, as a static site's copy (`practice-feed site`) beside its
//                       pages, which the checks serve under /site/
//   /held/<path>        a repository file, answered when the test calls `release()`
//   /etag/<path>        a repository file with an ETag, answering 304 to a matching
//                       If-None-Match, as a publisher's static host does
//   /flaky/<path>       a repository file, or 503 while `failing` is set
//   /test/e2e/pages/…   the pages the checks generate, then the repository's files
//   anything else       the repository's files
// Pages under /test/e2e/pages/ carry the strict Content-Security-Policy a government site may
// use. Every request is logged with its headers and the status it got.
import { startStaticServer } from '../../scripts/static-server.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; require-trusted-types-for 'script'";

/**
 * @param {string} bundleDir the directory of the built practice-widgets.js
 * @param {Map<string, string>} pages generated pages by path
 * @returns {Promise<{ url: string, log: object[], state: { failing: boolean },
 *   release: () => void, close: () => Promise<void> }>}
 */
export async function startE2eServer(bundleDir, pages = new Map()) {
  const state = { failing: false };
  let held = [];
  const release = () => {
    for (const answer of held.splice(0)) answer();
  };

  const server = await startStaticServer('.', {
    routes: new Map([...pages].map(([path, body]) => [path, { body }])),
    mounts: { '/cdn/': bundleDir, '/cdn-2/': bundleDir, '/site/widgets/': bundleDir },
    async answer(path) {
      let match;
      if ((match = /^\/held(\/.*)$/.exec(path))) {
        await new Promise((done) => held.push(done));
        return match[1];
      }
      if ((match = /^\/flaky(\/.*)$/.exec(path))) {
        return state.failing ? { status: 503, headers: { 'Cache-Control': 'no-store' } } : match[1];
      }
      if ((match = /^\/etag(\/.*)$/.exec(path))) return match[1];
      return undefined;
    },
    cacheControl: (path) => (path.startsWith('/etag/') ? 'no-cache' : 'no-store'),
    etag: (path) => path.startsWith('/etag/'),
    headers: (path) =>
      path.startsWith('/test/e2e/pages/') ? { 'Content-Security-Policy': STRICT_CSP } : {},
  });
  return {
    url: server.url,
    log: server.log,
    state,
    release,
    close: () => {
      release();
      held = [];
      return server.close();
    },
  };
}
