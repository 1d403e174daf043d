#!/usr/bin/env node
/*
 * Writes dist/types/react.d.ts and dist/types/vue.d.ts from custom-elements.json: the practice
 * widgets' tags for React 19 JSX and for Vue 3 templates, with each element's properties,
 * attributes and events. Part of `npm run build`, after the manifest and the npm modules (whose
 * classes the declarations point to) are written. New elements are picked up from the manifest.
 *
 * React 19 sets a prop as a property when the element has it, as an attribute otherwise, and
 * adds `on<event name>` functions as listeners for that exact event name. Vue reads a custom
 * element's template types from `$props` and `$emit` of the component type registered in
 * `GlobalComponents`, kebab-case attributes matched to camelCase properties.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = 'custom-elements.json';
const OUTPUT_DIR = 'dist/types';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = manifest.modules
  .flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ module, declaration })),
  )
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));

/** dist/npm/components/x/x.js (the manifest's path) → ../npm/components/x/x.js, from dist/types. */
const importPath = (path) => path.replace(/^dist\//, '../');

const quote = (text) => `'${text}'`;
const union = (names) => (names.length ? names.map(quote).join(' | ') : 'never');

/** Properties a page can set: public, writable, not static. */
function properties(declaration) {
  return (declaration.members ?? [])
    .filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        (member.privacy ?? 'public') === 'public' &&
        !/^[_#]/.test(member.name),
    )
    .map((member) => member.name);
}

/** Attributes named differently from their property (`practice-id`), typed as HTML gives them. */
function attributes(declaration) {
  return (declaration.attributes ?? [])
    .filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName)
    .map((attribute) => {
      const type = attribute.type?.text ?? 'string';
      const value =
        type === 'boolean' ? 'boolean' : type === 'number' ? 'number | string' : 'string';
      return `${quote(attribute.name)}?: ${value}`;
    });
}

const events = (declaration) => [...new Set((declaration.events ?? []).map((event) => event.name))];

const HEADER = `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
`;

const imports = elements
  .map(
    ({ module, declaration }) =>
      `import type { ${declaration.name} } from '${importPath(module.path)}';`,
  )
  .join('\n');

const EVENT_OF = `/** The event object a listener gets: the library's typed event, by name. */
type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[K]
  : CustomEvent;`;

function react() {
  const props = elements.map(({ declaration }) => {
    const name = `${declaration.name}Props`;
    const attrs = attributes(declaration);
    return `/** Props of \`<${declaration.tagName}>\` in React 19. */
export type ${name} = PracticeElementProps<
  ${declaration.name},
  ${union(properties(declaration))},
  ${attrs.length ? `{ ${attrs.join('; ')} }` : '{}'},
  ${union(events(declaration))}
>;`;
  });
  return `${HEADER}/*
 * The practice widgets' plain tags in JSX, for React 19 only: React 18 sets an object prop as an
 * attribute (\`feed="[object Object]"\`) and adds no listener for the widgets' events. In React
 * 18, and in 19 if you prefer, use the components of \`practice-widgets/react\`.
 * Opt in once, for example in a .d.ts file of the project:
 * \`import type {} from 'practice-widgets/types/react';\`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports}

${EVENT_OF}

/** Listeners as React 19 adds them to a custom element: \`on\` + the exact event name. */
type Listeners<Events extends string> = {
  [K in Events as \`on\${K}\`]?: (event: EventOf<K>) => void;
};

/** A custom element's props: its properties, its kebab-case attributes and its events. */
export type PracticeElementProps<
  E extends HTMLElement,
  Properties extends keyof E,
  Attributes,
  Events extends string,
> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, Properties> &
  Partial<Pick<E, Properties>> &
  Attributes &
  Listeners<Events>;

${props.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map(({ declaration }) => `      ${quote(declaration.tagName)}: ${declaration.name}Props;`).join('\n')}
    }
  }
}
`;
}

function vue() {
  return `${HEADER}/*
 * The practice widgets' tags in Vue 3 templates (type checking with vue-tsc or the Vue language
 * tools). Opt in once, for example in env.d.ts: \`import type {} from 'practice-widgets/types/vue';\`
 * Vue must also be told that these tags are custom elements (compilerOptions.isCustomElement).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports}

${EVENT_OF}

/** A custom element as a Vue component type: what templates may set on it and listen to. */
export type PracticeVueElement<E extends HTMLElement, Properties extends keyof E, Events extends string> = new () => E & {
  /** @deprecated For template type checking only: an element has no \`$props\`. */
  $props: Omit<HTMLAttributes, Properties> & Partial<Pick<E, Properties>> & PublicProps;
  /** @deprecated For template type checking only: an element has no \`$emit\`. */
  $emit: EmitFn<{ [K in Events]: (event: EventOf<K>) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    ({ declaration }) =>
      `    ${quote(declaration.tagName)}: PracticeVueElement<\n      ${declaration.name},\n      ${union(properties(declaration))},\n      ${union(events(declaration))}\n    >;`,
  )
  .join('\n')}
  }
}
`;
}

mkdirSync(OUTPUT_DIR, { recursive: true });
writeFileSync(`${OUTPUT_DIR}/react.d.ts`, react());
writeFileSync(`${OUTPUT_DIR}/vue.d.ts`, vue());
console.log(`${OUTPUT_DIR}/react.d.ts, ${OUTPUT_DIR}/vue.d.ts: ${elements.length} elements.`);
