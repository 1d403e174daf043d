import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Browser tests: components, loading and languages, in headless Chromium, against the source. */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
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
