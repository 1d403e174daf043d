// Waiting for a page to reach a state, for the end-to-end checks.
//
// Playwright's `page.waitForFunction` treats a returned promise as a true answer at once, so an
// async predicate (one that imports a module, or asks IndexedDB) would never wait. This polls
// with `page.evaluate`, which waits for the promise and reads the value it settles to.

/**
 * Resolves once `predicate(arg)`, run in the page, answers (or resolves to) something truthy;
 * rejects after `timeout` milliseconds with the last error the predicate threw, if any. A page
 * that is navigating (its context destroyed under the evaluation) is asked again.
 */
export async function waitUntil(page, predicate, arg, { timeout = 30_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      if (await page.evaluate(predicate, arg)) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= end) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${predicate.name || 'a state'}`, {
        cause: lastError,
      });
    }
    await new Promise((done) => setTimeout(done, interval));
  }
}
