// The end-to-end test server, on localhost only. It serves:
//   /cdn/…, /cdn-2/…    the built CDN bundle (two URLs: a page may load two copies)
//   /held/<path>        a repository file, answered when the test calls `release()`
//   /etag/<path>        a repository file with an ETag, answering 304 to a matching
//                       If-None-Match, as a publisher's static host does
//   /flaky/<path>       a repository file, or 503 while `failing` is set
//   /test/e2e/pages/…   the pages the checks generate, then the repository's files
//   anything else       the repository's files
// Pages under /test/e2e/pages/ carry the strict Content-Security-Policy a government site may
// use. Every request is logged with its headers and the status it got.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * @param {string} bundleDir the directory of the built practice-widgets.js
 * @param {Map<string, string>} pages generated pages by path
 * @returns {Promise<{ url: string, log: object[], state: { failing: boolean },
 *   release: () => void, close: () => Promise<void> }>}
 */
export async function startE2eServer(bundleDir, pages = new Map()) {
  const root = resolve('.');
  const log = [];
  const state = { failing: false };
  let held = [];
  const release = () => {
    for (const answer of held.splice(0)) answer();
  };

  const fileFor = (base, path) => {
    const file = normalize(join(base, path));
    return file.startsWith(base) ? file : undefined;
  };

  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const entry = { path, headers: request.headers, status: 0 };
    log.push(entry);
    const send = (status, headers = {}, body = '') => {
      entry.status = status;
      response.writeHead(status, headers).end(body);
    };

    let file;
    let headers = { 'Cache-Control': 'no-store' };
    let match;
    if ((match = /^\/cdn(?:-2)?(\/.*)$/.exec(path))) {
      file = fileFor(bundleDir, match[1]);
    } else if ((match = /^\/held(\/.*)$/.exec(path))) {
      await new Promise((done) => held.push(done));
      file = fileFor(root, match[1]);
    } else if ((match = /^\/flaky(\/.*)$/.exec(path))) {
      if (state.failing) return send(503, { 'Cache-Control': 'no-store' });
      file = fileFor(root, match[1]);
    } else if ((match = /^\/etag(\/.*)$/.exec(path))) {
      file = fileFor(root, match[1]);
      headers = { 'Cache-Control': 'no-cache' };
    } else if (path === '/favicon.ico') {
      return send(204);
    } else {
      file = fileFor(root, path);
    }
    if (path.startsWith('/test/e2e/pages/')) headers['Content-Security-Policy'] = STRICT_CSP;

    let body = pages.get(path);
    if (body !== undefined) file = path;
    try {
      body ??= file && (await readFile(file));
    } catch {
      // Answered below.
    }
    if (!body) return send(404, { 'Content-Type': 'text/plain' }, 'Not found');
    if (path.startsWith('/etag/')) {
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      headers.ETag = etag;
      if (request.headers['if-none-match'] === etag) return send(304, headers);
    }
    send(
      200,
      { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers },
      body,
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    state,
    release,
    close: () => {
      release();
      held = [];
      return new Promise((done) => server.close(() => done()));
    },
  };
}
