/**
 * Registers `tag` unless something already did: a page that loads the library twice (two script
 * tags, or the bundle and the npm build) keeps working with the first registration. Where there
 * is no registry at all (the CDN bundle imported on a server) there is nothing to register in.
 *
 * While `holdDefinitions` waits (the hydration support of rendered HTML on its way: see
 * `hydration-gate.ts`), registrations wait, and happen in their order once it settles.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (waiting) {
    waiting.push([tag, constructor]);
    return;
  }
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

// The registry is the page's, and so is this list: the registrations waiting, if any.
let waiting: [string, CustomElementConstructor][] | undefined;

/** Makes the registrations that follow wait until `until` settles (either way). */
export function holdDefinitions(until: Promise<unknown>): void {
  waiting ??= [];
  const release = () => {
    const queued = waiting ?? [];
    waiting = undefined;
    for (const [tag, constructor] of queued) defineElement(tag, constructor);
  };
  until.then(release, release);
}
