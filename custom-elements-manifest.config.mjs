// Custom elements manifest: generated from the elements' JSDoc by `npm run manifest`.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'practice-widgets-cleanup',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // Events dispatched through event classes are documented by @fires; the analyzer
            // also lists the dispatch call itself, without a name.
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name);
            }
            // The shared base class is not an element of its own.
            if (declaration.customElement && !declaration.tagName) {
              delete declaration.customElement;
            }
          }
        }
      },
    },
  ],
};
