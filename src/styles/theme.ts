import { css } from 'lit';

/*
 * The public tokens. A page sets them on :root or any wrapper; each element reads them with a
 * fallback through private `--_` properties, so a token set by the page wins in every theme and
 * the theme only changes the defaults.
 *
 *   --practice-accent    links, buttons, focus ring, bars
 *   --practice-text      body text
 *   --practice-muted     secondary text (labels, counts)
 *   --practice-surface   background of cards and panels
 *   --practice-border    borders and dividers
 *   --practice-radius    corner radius
 *   --practice-font      font family (default: the host page's)
 *   --practice-space     base spacing unit
 */

/**
 * Theme classes for an element's root wrapper: `.theme.light`, `.theme.dark`, `.theme.auto`
 * (follows `prefers-color-scheme`). A class on the wrapper rather than `:host([theme])`, since
 * an element inside a `<practice-feed>` takes the feed's theme when it has none of its own.
 */
export const themeStyles = css`
  .theme {
    --_accent: var(--practice-accent, #0b5cad);
    --_on-accent: #ffffff;
    --_text: var(--practice-text, #1d2329);
    --_muted: var(--practice-muted, #545e69);
    --_surface: var(--practice-surface, #ffffff);
    --_border: var(--practice-border, #c9d1da);
    --_subtle: #f1f4f7;
    --_error: #a4262c;
    color-scheme: light;
    --_radius: var(--practice-radius, 0.5rem);
    --_space: var(--practice-space, 1rem);
    font-family: var(--practice-font, inherit);
    color: var(--_text);
    line-height: 1.5;
    /* The least height of a compact card, loading or loaded, which the list's placeholder
       cards share: room for a title of two lines, a byline of one and a summary of two (cut
       there: the whole summary is in the practice when opened, and a screen reader reads it
       all), so that most cards fit it exactly and a card or a list waiting for its feed
       rarely changes height. In the card's font size: title 2 x 1.1em x 1.25, byline 0.9em x
       1.4, summary 2 x 1.02em x 1.45, two gaps, the padding and the border. */
    --_compact-card-height: calc(6.968em + 3.5 * var(--_space) + 2px);
  }
  /* A dark widget paints its own surface: on a light page its light text would be unreadable. */
  .theme.dark {
    --_accent: var(--practice-accent, #8ab8f5);
    --_on-accent: #0d1117;
    --_text: var(--practice-text, #e6e9ed);
    --_muted: var(--practice-muted, #adb6c0);
    --_surface: var(--practice-surface, #1c2127);
    --_border: var(--practice-border, #48515c);
    --_subtle: #2a3038;
    --_error: #ff9b94;
    color-scheme: dark;
    background-color: var(--_surface);
    border-radius: var(--_radius);
  }
  /* The same values as .theme.dark, written out: the build's CSS minifier reads only whole
     style sheets, not fragments interpolated into one. */
  @media (prefers-color-scheme: dark) {
    .theme.auto {
      --_accent: var(--practice-accent, #8ab8f5);
      --_on-accent: #0d1117;
      --_text: var(--practice-text, #e6e9ed);
      --_muted: var(--practice-muted, #adb6c0);
      --_surface: var(--practice-surface, #1c2127);
      --_border: var(--practice-border, #48515c);
      --_subtle: #2a3038;
      --_error: #ff9b94;
      color-scheme: dark;
      background-color: var(--_surface);
      border-radius: var(--_radius);
    }
  }
`;

/** Shared basics: box sizing, focus ring, buttons, reduced motion, forced colours. */
/**
 * The declarations that hide a text from sight but not from screen readers: `.visually-hidden`
 * in `baseStyles`, and the rules that hide a text only at some widths (inside a container
 * query), so that the rule is written once.
 */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  /* Rendered HTML (practice-feed render): a control that acts only once the script has taken
     the element over is not shown until then (not defined, or waiting for its feed), and keeps
     its room, so nothing moves when it arrives. Where scripts are off it never will: no room is
     kept (no blank above the practices). */
  :host(:not(:defined)) .scripted,
  :host([data-awaiting-takeover]) .scripted {
    visibility: hidden;
  }
  @media (scripting: none) {
    /* Over each element's own display of the control (a search form's grid, say). */
    .scripted {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
