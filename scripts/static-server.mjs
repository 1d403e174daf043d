// The project's one static file server, on localhost only: the bundle smoke tests, the React and
// consumer checks, the screenshots, the end-to-end checks (test/e2e/server.mjs adds its routes)
// and the benchmarks (bench/lib.mjs asks it to compress and cache as a CDN would) all use it.
// It serves a directory as it is on disk (the built dist/ included), plus generated content,
// other directories under a prefix, and whatever a caller's `answer` hook decides first.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The Content-Type of a file name, by its extension. */
export const contentType = (name) => CONTENT_TYPES[extname(name)] ?? 'application/octet-stream';

/** Compressed as a CDN would: the highest levels, except on-the-fly brotli for large files. */
function compress(body, encoding) {
  const bytes = Buffer.from(body);
  if (encoding === 'gzip') return gzipSync(bytes, { level: 9 });
  const quality = bytes.length > 1024 * 1024 ? 5 : 11;
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
}

/** A strong validator for a body: a short hash of its bytes. */
const etagOf = (body) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

/**
 * Starts the server on a free port of 127.0.0.1.
 *
 * @param {string} rootDir the directory served at `/` (a directory's `index.html` answers for it)
 * @param {object} [options]
 * @param {Map<string, { body: string | Uint8Array, type?: string }>} [options.routes] generated
 *   content by path (`type` defaults to the one of the path's extension)
 * @param {Record<string, string>} [options.mounts] other directories, by path prefix
 *   (`{ '/cdn/': 'dist/cdn' }`)
 * @param {(path: string, request: import('node:http').IncomingMessage) =>
 *   Promise<string | { status: number, headers?: object, body?: string } | undefined>
 *   | string | { status: number, headers?: object, body?: string } | undefined} [options.answer]
 *   asked first for every request: a path to serve instead, an answer to send as it is, or
 *   nothing to go on as usual
 * @param {(path: string) => Record<string, string>} [options.headers] extra response headers
 *   for a path as requested (a Content-Security-Policy, a Cache-Control)
 * @param {string | ((path: string) => string)} [options.cacheControl] default `no-store`
 * @param {boolean | ((path: string) => boolean)} [options.etag] send an `ETag`, and answer `304`
 *   to a matching `If-None-Match`
 * @param {boolean} [options.compress] brotli or gzip, as the browser asks (`Vary:
 *   Accept-Encoding`), each body compressed once (generated content before the server starts)
 * @returns {Promise<{ url: string, port: number, log: { path: string, headers: object,
 *   status: number }[], close: () => Promise<void> }>} every request is logged with its
 *   headers, and the status it got once answered (0 until then)
 */
export async function startStaticServer(
  rootDir,
  {
    routes = new Map(),
    mounts = {},
    answer = () => undefined,
    headers = () => ({}),
    cacheControl = 'no-store',
    etag = false,
    compress: compressing = false,
  } = {},
) {
  const root = resolve(rootDir);
  const bases = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const log = [];
  const compressed = new Map();
  const etags = new Map();
  // Generated content is prepared once before serving, so that no timed request waits for it.
  for (const [path, { body }] of routes) {
    if (etag) etags.set(path, etagOf(body));
    if (compressing)
      for (const encoding of ['br', 'gzip'])
        compressed.set(`${encoding}:${path}`, compress(body, encoding));
  }

  /** The file a path names under a directory, or undefined when it would leave it. */
  const fileUnder = (base, path) => {
    const file = normalize(join(base, path));
    return file === base || file.startsWith(base + '/') || file.startsWith(base + '\\')
      ? file
      : undefined;
  };

  /** Body and type of a path: generated, from a mounted directory, or from the root. */
  const find = async (path) => {
    const route = routes.get(path);
    if (route) return { body: route.body, type: route.type ?? contentType(path), generated: true };
    const mount = bases.find(([prefix]) => path.startsWith(prefix));
    let file = mount ? fileUnder(mount[1], path.slice(mount[0].length - 1)) : fileUnder(root, path);
    if (!file) return { status: 403 };
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      return { body: await readFile(file), type: contentType(file) };
    } catch {
      return { status: 404 };
    }
  };

  const server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const entry = { path: requested, headers: request.headers, status: 0 };
    log.push(entry);
    const send = (status, head = {}, body) => {
      entry.status = status;
      response.writeHead(status, head).end(body);
    };

    const early = await answer(requested, request);
    if (early && typeof early === 'object') return send(early.status, early.headers, early.body);
    const path = typeof early === 'string' ? early : requested;
    if (path === '/favicon.ico' && !routes.has(path)) return send(204);

    const found = await find(path);
    if (found.status === 403) return send(403);
    if (found.status === 404) return send(404, { 'Content-Type': 'text/plain' }, 'Not found');

    const head = {
      'Content-Type': found.type,
      'Cache-Control': typeof cacheControl === 'function' ? cacheControl(requested) : cacheControl,
      ...headers(requested),
    };
    const validated = typeof etag === 'function' ? etag(requested) : etag;
    if (validated) {
      head.ETag = (found.generated && etags.get(path)) || etagOf(found.body);
      if (request.headers['if-none-match'] === head.ETag) return send(304, head);
    }
    if (!compressing) return send(200, head, found.body);
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : '';
    head.Vary = 'Accept-Encoding';
    if (!encoding) return send(200, head, found.body);
    const key = `${encoding}:${path}`;
    // Files are compressed once too: the served tree does not change while the server runs.
    if (!compressed.has(key)) compressed.set(key, compress(found.body, encoding));
    const body = compressed.get(key);
    send(200, { ...head, 'Content-Encoding': encoding }, body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
