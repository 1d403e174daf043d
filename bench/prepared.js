// Shared by the in-page halves of the benchmarks: a measurement in two steps, so that the
// harness can count the main thread's work of the timed step alone. `prepare` sets the stage
// (an empty frame, a parsed feed, an element showing its placeholder) and paints it; `run` times
// the step itself, from handing over the data to the frame painted.

/** Resolves once the next frame is painted: a task queued from a frame callback runs after it. */
export const nextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let pending;

/**
 * Installs `window.bench.prepare(name, ...args)` and `window.bench.runPrepared()` over
 * `preparers`, functions that set the stage and return the step to time.
 */
export function preparedSteps(bench, preparers) {
  bench.prepare = async (name, ...args) => {
    pending = await preparers[name](...args);
    await nextPaint();
  };
  bench.runPrepared = () => {
    const run = pending;
    pending = undefined;
    return run();
  };
}
