/**
 * The `Intl` warm-up, in a chunk of its own: it is not needed for the first paint. The first
 * `Intl` object of a page loads the browser's locale data (about 0.2 s at 4x CPU on a slow
 * machine, whatever the kind), and each kind then costs a few to tens of milliseconds more to
 * build; using one once built is cheap. So each kind is built in a task of its own, when the page
 * is idle after its first paint, in an order that splits the shared cost: no single task builds
 * them all, and the feed finds them ready.
 */
import { whenIdle } from '../data/slices.js';
import { collator, countryName, formatList, formatNumber, pluralCategory } from './format.js';

/** Runs `step` in a task of its own when the page is idle (a timer where there is no idle callback). */
export type Later = (step: () => void) => void;

/** How long a step waits for an idle moment before it runs anyway. */
const IDLE_WITHIN_MS = 1000;

const idle: Later = (step) => {
  whenIdle(step, IDLE_WITHIN_MS);
};

/** After the next frame is painted (a timer where there are no frames), then when idle. */
const afterPaint: Later = (step) => {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(() => idle(step), 0));
  } else setTimeout(() => idle(step), 0);
};

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** Who asked for each language's formatters, while its warm-up is under way. */
const askers = new Map<string, (() => boolean)[]>();
/** The languages whose formatters are built. */
const done = new Set<string>();

/**
 * Builds the formatters of `lang`, one kind per idle task after the first paint. `wanted` says
 * whether the asker still needs them (an element still on the page); the warm-up stops when no
 * asker wants them or the page is hidden (a background tab does not need them now; they are then
 * built when first used, as without a warm-up). What the formatters give is the same either way.
 */
export function warmUpFormatters(
  lang: string,
  wanted: () => boolean = () => true,
  later: Later = afterPaint,
): void {
  if (done.has(lang)) return;
  const waiting = askers.get(lang);
  if (waiting) {
    waiting.push(wanted);
    return;
  }
  const asking = [wanted];
  askers.set(lang, asking);
  // In this order the browser's shared locale data comes in two parts of about 0.1 s at 4x CPU
  // (the locale's likely subtags, then the collation data), not in one of about 0.2 s: built
  // first, the country names or the number format carry it all.
  const steps = [
    () => {
      try {
        new Intl.Locale(lang.trim()).maximize();
      } catch {
        // Not a tag, or no Intl.Locale: the next kinds load the data.
      }
    },
    () => pluralCategory(lang, 1),
    () => collator(lang, 'base').compare('a', 'b'),
    () => collator(lang).compare('a', 'b'),
    () => countryName(lang, 'PE'),
    () => formatNumber(lang, 1),
    () => formatList(lang, ['a', 'b']),
  ];
  const next = () => {
    if (hidden() || !asking.some((asker) => asker())) {
      // Asked again later, the warm-up starts over from where it is (built kinds are kept).
      askers.delete(lang);
      return;
    }
    steps.shift()!();
    if (steps.length) later(next);
    else {
      askers.delete(lang);
      done.add(lang);
    }
  };
  later(next);
}
