/**
 * Lit's hydration support, as a chunk loaded only by pages with rendered HTML (see
 * `hydration-gate.ts`). `@lit-labs/ssr-client`'s `lit-element-hydrate-support` is written to
 * be imported before `lit`: it leaves a function on `globalThis` that `lit-element` calls as
 * it is evaluated. Here `lit` is already evaluated (it is in the entry), so the function is
 * called once by hand, with the same `LitElement`, before any element of the library is
 * defined: what it patches (`createRenderRoot`, `update`, `connectedCallback`,
 * `observedAttributes`) is read at definition and at first connection.
 *
 * The first update of an element with rendered content waits until its data is there (the
 * feed, the reader's language, the element's own lazy parts, the code of the links it shows:
 * `hydrationReady`), so that it is the server's render; meanwhile the rendered content stays on
 * screen as it is. If the feed cannot be had, the content stays and says so, with a retry
 * (`rendered-unavailable.ts`).
 *
 * Around it, one guard: hydration keeps the rendered nodes and only wires them, so it must be
 * given the very template the server rendered. When the element's first render would show
 * other text (the page in another language, a newer feed) or another shape, the rendered
 * content is replaced by a fresh render in the same task (no frame shows the element empty),
 * and the console says so once.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, adoptStyles, render, type RenderOptions } from 'lit';
import { warnOnce } from '../../feed/warnings.js';
import { clearUnavailable, showUnavailable } from './rendered-unavailable.js';

type Install = (lit: { LitElement: typeof LitElement }) => void;

interface Hydrating {
  // A display element of the library (PracticeElement): where its data stands.
  readonly loadState?: { readonly status: string };
  readonly hydrationReady?: boolean;
  askLanguage?(): void;
  retry?(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: RenderOptions;
  render(): unknown;
}

const MISMATCH =
  'practice-widgets: rendered HTML that does not match the page (another language, or another feed) was rendered again. Render it again with `practice-feed render` for this page.';

/** The text a reader sees in `root`'s own tree (not in styles), with spaces collapsed. */
export function visibleText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent !== 'style' && parent !== 'script') text += node.nodeValue;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `template` renders the text already in `root`. */
function rendersSameText(element: Hydrating, template: unknown): boolean {
  const probe = document.createDocumentFragment();
  render(template, probe, { host: element.renderOptions.host });
  return visibleText(probe) === visibleText(element.renderRoot);
}

/** Leaves the rendered styles and takes out the rest, for a fresh render in their place. */
function clearRendered(root: HTMLElement | DocumentFragment): void {
  for (const node of [...root.childNodes]) {
    if (!(node instanceof HTMLStyleElement)) node.remove();
  }
  delete (root as { _$litPart$?: unknown })._$litPart$;
}

/**
 * Marks an element whose rendered content the script has not taken over yet: its controls that
 * need the script (`.scripted`) stay hidden in their room until the takeover, when they work
 * (theme.ts). Defined is not enough: until its feed is there, the element keeps the rendered
 * nodes and answers no control.
 */
const AWAITING = 'data-awaiting-takeover';

let installed = false;

/** Installs the hydration support (once). */
export function installHydration(): void {
  if (installed) return;
  installed = true;
  // A page that imported the support before `lit` itself (as Lit's guide says) has it already.
  if (!Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) {
    (globalThis as { litElementHydrateSupport?: Install }).litElementHydrateSupport?.({
      LitElement,
    });
  }
  // The elements with rendered content not yet taken over. Lit's support marks them with a
  // property whose name its production build shortens (`_$needsHydration`, `_$AG`): the one it
  // set is noted here, to turn it off when the rendered content does not match.
  const rendered = new WeakMap<object, string | undefined>();
  const createRenderRoot = LitElement.prototype['createRenderRoot'];
  LitElement.prototype['createRenderRoot'] = function (this: LitElement) {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    const before = new Set(Object.keys(this));
    const root = createRenderRoot.call(this);
    this.setAttribute(AWAITING, '');
    const marks = this as unknown as Record<string, unknown>;
    rendered.set(
      this,
      Object.keys(this).find((key) => !before.has(key) && marks[key] === true),
    );
    // The rendered `<style>` elements are inline styles, which a strict Content-Security-Policy
    // (`style-src 'self'`) refuses: the element's own styles are adopted as well (the same rules).
    adoptStyles(root as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    return root;
  };
  const shouldUpdate = LitElement.prototype['shouldUpdate'];
  LitElement.prototype['shouldUpdate'] = function (this: LitElement & Hydrating, changed) {
    if (
      rendered.has(this) &&
      ((this.loadState && this.loadState.status !== 'loaded') || this.hydrationReady === false)
    ) {
      // The changes seen are dropped with this update: nothing the elements do reads them.
      this.askLanguage?.();
      // No feed (and no saved copy): the rendered content stays, and says so, with a retry; its
      // controls show, disabled, with the reason.
      if (this.loadState?.status === 'error') {
        this.removeAttribute(AWAITING);
        showUnavailable(this);
      }
      return false;
    }
    return shouldUpdate.call(this, changed);
  };
  const hydratingUpdate = LitElement.prototype['update'];
  LitElement.prototype['update'] = function (this: LitElement & Hydrating, changed) {
    const hydrating = rendered.has(this);
    const mark = rendered.get(this);
    rendered.delete(this);
    // What a failed feed added (its notice, the disabled controls) goes before the takeover.
    if (hydrating) {
      this.removeAttribute(AWAITING);
      clearUnavailable(this);
    }
    if (hydrating && !rendersSameText(this, this.render())) {
      // Rendered afresh: by Lit's support when its mark is known, else below, when its
      // hydration finds nothing to take over in the emptied root.
      if (mark) (this as unknown as Record<string, unknown>)[mark] = false;
      warnOnce(MISMATCH);
      clearRendered(this.renderRoot);
    }
    try {
      hydratingUpdate.call(this, changed);
    } catch (error) {
      // Lit found another shape than its template's: the same way out.
      if (!hydrating) throw error;
      warnOnce(MISMATCH);
      clearRendered(this.renderRoot);
      render(this.render(), this.renderRoot, this.renderOptions);
    }
  };
}
