// Shared by the benchmark scripts: statistics, the headless browser, network and CPU
// throttling through the DevTools protocol, and a local server that compresses and caches as a
// CDN would.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The 95th percentile, nearest rank: with few runs it is the slowest run. */
export const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

export const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Lighthouse's "slow 4G" profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up. The DevTools
 * protocol takes bytes per second.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export async function launchBrowser() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** Applies the network profile and CPU slowdown to a page; returns its DevTools session. */
export async function throttle(page, { network, cpu = 1 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return cdp;
}

/** Bytes of the JS heap in use after a full garbage collection. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Compressed as a CDN would: the highest levels, except on-the-fly brotli for large files. */
function compress(body, encoding) {
  const bytes = Buffer.from(body);
  if (encoding === 'gzip') return gzipSync(bytes, { level: 9 });
  const quality = bytes.length > 1024 * 1024 ? 5 : 11;
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
}

/**
 * Serves the repository on localhost as a CDN would: compressed (brotli or gzip, as the browser
 * asks), the built library cacheable, feeds revalidated with an ETag. `routes` maps a path to
 * generated content `{ body, type }`.
 */
export async function startBenchServer(rootDir, routes = new Map()) {
  const root = resolve(rootDir);
  const compressed = new Map();
  // Generated content is compressed once before serving, so that no timed request waits for it.
  for (const [path, { body }] of routes) {
    for (const encoding of ['br', 'gzip'])
      compressed.set(`${encoding}:${path}`, compress(body, encoding));
  }
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let body;
    let type;
    if (routes.has(path)) {
      ({ body, type } = routes.get(path));
    } else {
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : '';
    const key = `${encoding}:${path}`;
    if (encoding && !compressed.has(key)) compressed.set(key, compress(body, encoding));
    const etag = `"${Buffer.from(body).length.toString(16)}-${path.length}"`;
    const isLibrary = path.startsWith('/dist/') || path.startsWith('/node_modules/');
    const headers = {
      'Content-Type': type,
      // The library is versioned (chunks hashed): cached. Pages and feeds: asked again each time.
      'Cache-Control': isLibrary ? 'public, max-age=86400' : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers);
    response.end(encoding ? compressed.get(key) : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
