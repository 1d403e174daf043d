import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .full .card {
    min-height: 18rem;
  }
  /* A full card is about a screen tall or more: its placeholder takes the screen (up to a
     desktop card's height), so that the card usually grows where the reader does not see it
     and is shown whole (see steady-size.ts). */
  .full .card.skeleton {
    min-height: min(100svh, 48rem);
  }
  .compact .card {
    min-height: var(--_compact-card-height);
  }
  /* In a grid row, compact cards take the row's height. */
  .theme.compact,
  .compact .card {
    height: 100%;
  }
  .compact .byline {
    line-height: 1.4;
  }
  .compact .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    line-height: 1.45;
  }
  .card p {
    margin: 0;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .compact .title {
    font-size: 1.1em;
  }
  .summary {
    font-size: 1.02em;
  }
  .muted,
  .byline {
    color: var(--_muted);
  }
  .byline {
    font-size: 0.9em;
  }
  .image {
    display: block;
    width: calc(100% + 2 * var(--_space));
    max-width: none;
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) 0;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_subtle);
  }
  /* A compact card's thumbnail sits in the corner, beside the title, and the card keeps its
     height; the title's box (.open::after) still covers it, so a tap on it opens the practice. */
  .compact .card.has-image {
    padding-inline-end: calc(var(--_space) * 1.75 + 4.5rem);
  }
  .image.thumbnail {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline-end: var(--_space);
    width: 4.5rem;
    height: 4.5rem;
    margin: 0;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) * 0.75);
  }

  /* Compact: the title is a button; its box covers the whole card for pointer users. */
  .open {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .open::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .open:focus-visible {
    outline: none;
  }
  .open:focus-visible::after {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .compact .card:hover {
    border-color: var(--_accent);
  }

  .facts,
  .criteria dl {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
  }
  .fact,
  .criterion {
    display: grid;
    gap: 0.1em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (min-width: 34rem) {
    .fact {
      grid-template-columns: 11rem 1fr;
      gap: var(--_space);
      /* The smaller label sits on the line of its value, not above it. */
      align-items: baseline;
    }
    dt {
      font-size: 0.9em;
    }
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.15em 0 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.88em;
  }
  .description {
    display: grid;
    gap: calc(var(--_space) * 0.6);
  }
  .criteria {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .criteria-heading {
    font-weight: 700;
    font-size: 1.05em;
  }
  .criterion dt {
    color: var(--_text);
    font-size: 0.95em;
  }
  .link a {
    font-weight: 600;
  }
  .skeleton .wide {
    width: 70%;
    height: 1.4em;
  }
  .not-found {
    justify-content: center;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .card,
    .chips li {
      border-color: CanvasText;
    }
    .open {
      color: LinkText;
    }
    .open:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
