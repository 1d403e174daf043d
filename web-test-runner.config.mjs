import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * A feed server's answers for the cross-origin tests (test/reliability/cross-origin.test.ts):
 * the page asks for them on another host name of the same server (127.0.0.1 for localhost), so
 * the browser applies CORS as it would to a partner's feed. `?status=503&retry-after=30`
 * answers that status and header; `&expose` adds `Access-Control-Expose-Headers: Retry-After`.
 */
function crossOriginFeeds(context, next) {
  if (!context.path.startsWith('/cross-origin/')) return next();
  const query = context.query;
  context.set('Access-Control-Allow-Origin', '*');
  if (query.expose !== undefined) context.set('Access-Control-Expose-Headers', 'Retry-After');
  if (query['retry-after']) context.set('Retry-After', String(query['retry-after']));
  context.set('Cache-Control', 'no-store');
  context.status = Number(query.status) || 200;
  context.type = 'application/json';
  context.body = context.status === 200 ? JSON.stringify({ version: 1, practices: [] }) : '';
}

/** Browser tests: components, loading and languages, in headless Chromium, against the source. */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  middleware: [crossOriginFeeds],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'chrome124', tsconfig })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: a page in the background gets no animation frames, and fixtures wait
  // for them.
  concurrency: 1,
  testFramework: {
    config: { timeout: 5000 },
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /></head>
  <body>
    <script type="module" src="/test/setup/browser-setup.js"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
