// The test runner's commands, the same in every engine. Tests import `@web/test-runner-commands`
// as usual and the runner serves them this module (web-test-runner.config.mjs), because the
// runner's own `setViewport` and `emulateMedia` exist only for Puppeteer and Playwright, and
// WebKit runs through WebDriver.
import { executeServerCommand } from '@web/test-runner-commands';

export * from '@web/test-runner-commands';

/** The engine this page runs in, for the few tests that need an engine's own API. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Sets the size of the window's content area, in CSS pixels. */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('set-viewport-every-engine', viewport);
  // WebDriver resizes the window; the page learns its new size in a later frame.
  const deadline = performance.now() + 2000;
  while (
    (window.innerWidth !== viewport.width || window.innerHeight !== viewport.height) &&
    performance.now() < deadline
  ) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
