import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Adds `styles` to a shadow root's, after the ones it has: the styles of a chunk that arrives
 * once the element is drawn (the open practice's controls, the map's overlay, the facets'
 * panels).
 *
 * Lit's `adoptStyles` replaces the root's adopted sheets with the list it is given, which drops
 * any sheet added since the element's first drawing: the steady-size guard's held height among
 * them, so that a chunk arriving after the feed made the page jump (see `steady-size.ts`). Where
 * the engine cannot adopt sheets, `adoptStyles` appends `<style>` elements instead, so only the
 * new ones are given to it there.
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  if (supportsAdoptingStyleSheets) {
    const sheets = styles
      .map((style) => style.styleSheet)
      .filter(
        (sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet),
      );
    if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  } else {
    adoptStyles(root, [...styles]);
  }
}
