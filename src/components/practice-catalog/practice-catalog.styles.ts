import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .layout {
    display: grid;
    gap: calc(var(--practice-space, 1rem) * 1.5);
  }
  .main {
    display: grid;
    gap: calc(var(--practice-space, 1rem) * 1.5);
    min-width: 0;
  }
  .sidebar {
    min-width: 0;
  }
  /* Wide: the filters beside the rest. (Not a sticky, separately scrolling column: a keyboard
     user would have to find and scroll a second scroll area.) */
  @container (min-width: 56rem) {
    .layout:not(.single) {
      grid-template-columns: minmax(15rem, 18rem) minmax(0, 1fr);
      align-items: start;
    }
  }
`;
