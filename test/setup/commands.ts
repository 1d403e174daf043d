// The test runner's commands, the same in every engine. Tests import `@web/test-runner-commands`
// as usual and the runner serves them this module (web-test-runner.config.mjs), because the
// runner's own `setViewport` and `emulateMedia` exist only for Puppeteer and Playwright, and
// WebKit runs through WebDriver.
import {
  emulateMedia as runnerEmulateMedia,
  sendKeys as runnerSendKeys,
  executeServerCommand,
} from '@web/test-runner-commands';

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

/**
 * Whether media features (reduced motion, colour scheme, forced colours) can be emulated: only
 * through the DevTools protocol, so only in Chromium. Puppeteer's Firefox over WebDriver BiDi and
 * WebKitWebDriver have no such command.
 */
export const canEmulateMedia = engine === 'chromium';

type MediaFeatures = Parameters<typeof runnerEmulateMedia>[0];

/**
 * Emulates media features where the engine can; elsewhere succeeds when the page already has
 * them (the engines' defaults: light, no motion preference), and otherwise says which engine
 * cannot, so that a test asking for more skips there with `canEmulateMedia`.
 */
export async function emulateMedia(features: MediaFeatures): Promise<void> {
  if (canEmulateMedia) return runnerEmulateMedia(features);
  const queries: Record<string, string | undefined> = {
    'prefers-reduced-motion': features.reducedMotion,
    'prefers-color-scheme': features.colorScheme,
    'forced-colors': features.forcedColors,
    media: undefined,
  };
  for (const [feature, value] of Object.entries(queries)) {
    if (value && !matchMedia(`(${feature}: ${value})`).matches) {
      throw new Error(`${engine}: cannot emulate ${feature}: ${value} (Chromium only).`);
    }
  }
  if (features.media && !matchMedia(features.media).matches) {
    throw new Error(`${engine}: cannot emulate the media type ${features.media} (Chromium only).`);
  }
}

type KeysPayload = Parameters<typeof runnerSendKeys>[0];

/**
 * Sends keys as the runner does. Puppeteer's Firefox over WebDriver BiDi knows the space bar as
 * " " only, not by the name "Space" that Chromium and WebDriver also accept.
 */
export function sendKeys(payload: KeysPayload): Promise<void> {
  if (engine === 'firefox' && 'press' in payload && payload.press === 'Space') {
    return runnerSendKeys({ press: ' ' });
  }
  return runnerSendKeys(payload);
}
