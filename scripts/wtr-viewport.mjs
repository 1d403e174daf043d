// A test-runner plugin that sets the viewport in every engine (see test/setup/commands.ts):
// Puppeteer's page viewport in Chromium and Firefox; in WebKit, WebDriver's window size, grown
// by whatever the window draws around the page so that the page itself gets the size asked for.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function viewportInEveryEngine() {
  return {
    name: 'viewport-in-every-engine',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-viewport-every-engine') return undefined;
      const { width, height } = /** @type {{ width: number, height: number }} */ (payload);
      const browser = /** @type {any} */ (session.browser);
      if (browser.type === 'puppeteer') {
        await browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (browser.type === 'webdriver') {
        const driver = browser.driver;
        for (let attempt = 0; attempt < 3; attempt++) {
          const [innerWidth, innerHeight] = await driver.execute(
            'return [window.innerWidth, window.innerHeight]',
          );
          if (innerWidth === width && innerHeight === height) return true;
          const outer = await driver.getWindowSize();
          await driver.setWindowSize(
            outer.width + width - innerWidth,
            outer.height + height - innerHeight,
          );
        }
        return true;
      }
      throw new Error(`Setting the viewport: no way known for ${session.browser.name}.`);
    },
  };
}
