import { css } from 'lit';

export const styles = css`
  ::slotted(script) {
    display: none;
  }
`;
