import { css } from 'lit';
import { baseStyles, themeStyles } from '../../styles/theme.js';

const own = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* One column at every width: header, filters, the one message, the tabs, the view. The
     filters are a bar whose height does not depend on the feed, so the practices start on the
     first screen. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--practice-space, 1rem);
  }
  /* The header's room, the same loading and loaded (and before its chunk has defined it): a
     title of up to six lines in a smaller size on a phone (the sample feed's French title, 84
     characters, takes four to five at 320 px, Firefox's text being wider), the publisher and
     date on up to three lines, two on a tablet, one on a wide screen; the publisher
     and date (two lines on a phone); the count on a line of its own, or beside them on a wide
     screen; its border. What is shorter leaves room; the sheet practice-widgets.css reserves the same.
     A rendered header (rendered HTML, marked data-rendered, and its takeover) has its content
     from the first paint and nothing arrives later: it takes its content's height and keeps no
     room. Drawn by the script it keeps the room: giving it back once the feed has come would
     move what is below. */
  .header {
    /* A column, so that the header's box can grow into the room (its description fills it). */
    display: flex;
    flex-direction: column;
    --_title-lines: 6;
    --_title-line: 1.365rem;
    --_meta-lines: 3;
    --_count-line: 1;
    min-block-size: calc(
      2px + 1.75 * var(--practice-space, 1rem) + var(--_title-lines) * var(--_title-line) +
        var(--_meta-lines) * 1.5rem + var(--_count-line) *
        (0.25 * var(--practice-space, 1rem) + 1.5rem)
    );
  }
  @container (min-width: 30rem) {
    .header {
      --_title-lines: 2;
      --_title-line: 1.56rem;
      --_meta-lines: 1;
    }
  }
  @container (min-width: 64rem) {
    .header {
      --_title-lines: 1;
      --_count-line: 0;
    }
  }
  /* The count of the catalogue is the header's: the filters' and the list's own are not shown
     twice. */
  .header:not([hidden]) ~ .filters practice-filters::part(count),
  .header:not([hidden]) ~ .views practice-list::part(count) {
    display: none;
  }
  /* Without the header, the filters' count serves every view, and the list's would repeat it
     (but where scripts are off the filters are not shown, and the list's count is the one). */
  @media not (scripting: none) {
    .filters:not([hidden]) ~ .views practice-list::part(count) {
      display: none;
    }
  }
  :host([data-rendered]) .header {
    min-block-size: 0;
  }
  /* Where scripts are off, the filters do nothing and their count repeats the list's: the
     practices start right below the header. */
  @media (scripting: none) {
    .filters {
      display: none;
    }
  }
  .message {
    display: block;
  }
  /* The tabs: the reader's choice of view. A slab of its own in a dark theme, with room inside. */
  /* One row at every width and in every language (three short words): its height is known. */
  .tabs {
    display: flex;
    gap: calc(var(--_space) * 0.25);
    padding: calc(var(--_space) * 0.25);
    border-bottom: 1px solid var(--_border);
    font-size: 1rem;
  }
  .tabs.dark {
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .tab {
    flex: 0 1 auto;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 0.75em;
    overflow-wrap: anywhere;
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .tab:hover {
    background: var(--_subtle);
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  .panel {
    min-width: 0;
  }
  /* A view drawn before and not shown now keeps its styles and layout where the engine can
     (content-visibility): showing it again is then a paint, not a restyle of every card (at
     10,000 practices and 4x CPU, back to the list 56 -> 24 ms). Its content is neither painted,
     focusable, found nor read; the panel itself is aria-hidden (see the template). */
  @supports (content-visibility: hidden) {
    .panel[hidden] {
      display: block !important;
      content-visibility: hidden;
    }
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
  /* On paper the tabs choose nothing; with a practice open (the list marks the catalogue), only
     that practice prints: the header, the filters and the message are left out. */
  @media print {
    .tabs,
    :host([data-practice-open]) .header,
    :host([data-practice-open]) .filters,
    :host([data-practice-open]) .message {
      display: none !important;
    }
  }
`;

export const styles = [themeStyles, baseStyles, own];
