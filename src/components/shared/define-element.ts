/**
 * Registers `tag` unless something already did: a page that loads the library twice (two script
 * tags, or the bundle and the npm build) keeps working with the first registration.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
