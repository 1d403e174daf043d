/**
 * Registers `tag` unless something already did: a page that loads the library twice (two script
 * tags, or the bundle and the npm build) keeps working with the first registration. Where there
 * is no registry at all (the CDN bundle imported on a server) there is nothing to register in.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
