import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Adds `styles` to an element's shadow root after its own: styles that arrive later, with a
 * lazy chunk. Where the browser cannot adopt style sheets, a `<style>` element, as Lit does.
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  if (!supportsAdoptingStyleSheets) {
    adoptStyles(root, [styles]);
    return;
  }
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
