/**
 * Reading attributes written by hand in a page or a CMS: every value either parses or falls back
 * to the documented default, so that a typo never reaches the element as `NaN`, a negative
 * count or a class name.
 */
import type { ComplexAttributeConverter } from 'lit';
import type { Theme } from '../../feed/context.js';

/** The values `theme` accepts; anything else means the default, `light`. */
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** `value` when it is one of the documented themes, otherwise `undefined` (the default). */
export function parseTheme(value: unknown): Theme | undefined {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
    ? (value as Theme)
    : undefined;
}

/**
 * A whole number from `min` to `max` written as plain digits (`"5000"`, `" 12 "`), or
 * `fallback` for anything else (`"10s"`, `"abc"`, `""`, `"-1"`, `"1e400"`). A number above
 * `max` is read as `max`, so that a generous value keeps its meaning.
 */
export function parseWholeNumber(value: unknown, fallback: number, min: number, max: number) {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d*)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (Number.isNaN(number)) return fallback;
  const whole = Math.floor(number);
  if (whole < min) return fallback;
  return Math.min(whole, max);
}

/** A Lit converter for a whole-number attribute with a default and bounds. */
export function wholeNumberAttribute(
  fallback: number,
  min: number,
  max: number,
): ComplexAttributeConverter<number> {
  return {
    fromAttribute: (value) => parseWholeNumber(value, fallback, min, max),
    toAttribute: (value) => String(value),
  };
}

/** The longest wait a browser timer can express (about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;
