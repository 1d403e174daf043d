// Walking an element's rendering through every shadow root it holds, as a reader meets it:
// the text, the elements, and the colours the text is drawn in and over.

/** Every element under `root`, entering open shadow roots and slotted children alike. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The text a reader sees, in document order, through every shadow root, whitespace collapsed. */
export function deepText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return;
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      if (node.shadowRoot) {
        visit(node.shadowRoot);
        return;
      }
      // A slot shows the host's children given to it (the flat tree), else its own.
      if (node instanceof HTMLSlotElement && node.assignedNodes().length > 0) {
        node.assignedNodes({ flatten: true }).forEach(visit);
        return;
      }
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether every widget under `root` has rendered and finished loading: no placeholder, no map
 * still drawing or measuring itself. A map farther than 400 px below the viewport is left out:
 * it loads its outlines only once the reader scrolls near it, so it is waiting, not loading.
 */
export function widgetsSettled(root: Element): boolean {
  const hosts = Array.from(root.querySelectorAll('*')).filter((e) => e.localName.includes('-'));
  if (hosts.some((host) => !host.shadowRoot || host.shadowRoot.childElementCount === 0)) {
    return false;
  }
  const waiting = (node: Element) => {
    const host = (node.getRootNode() as ShadowRoot).host;
    return (
      host?.localName === 'practice-map' && host.getBoundingClientRect().top > innerHeight + 400
    );
  };
  return !deepElements(root).some(
    (node) =>
      !waiting(node) &&
      (node.classList.contains('skeleton') ||
        node.classList.contains('skeleton-line') ||
        (node.classList.contains('frame-status') && !node.classList.contains('error')) ||
        // A map has measured itself once its zoom-in button is enabled.
        node.matches('.zoom button:first-child:disabled')),
  );
}

/** The parent in the flat tree: a shadow root's host is the parent of its top elements. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

type Rgba = readonly [number, number, number, number];

/** Parses the `rgb()`/`rgba()` form getComputedStyle returns; undefined for anything else. */
export function parseColor(value: string): Rgba | undefined {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match) return undefined;
  const [r, g, b, a = '1'] = match[1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** `top` drawn with its alpha over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/**
 * The colour behind `element`: the background colours of it and its flat-tree ancestors, the
 * nearest on top, down to the page's white.
 */
export function effectiveBackground(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0) {
      layers.push(color);
      if (color[3] >= 1) break;
    }
  }
  let result: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Whether `element` is drawn at all (not hidden, not clipped away as text for screen readers). */
export function isDrawn(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
      return false;
    }
    if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
    if (node instanceof HTMLDialogElement && !node.open) return false;
    if (node instanceof HTMLDetailsElement && !node.open && node !== element) {
      // Only the summary of a closed <details> is drawn.
      if (!(element.closest('summary') && element.closest('details') === node)) return false;
    }
  }
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/**
 * The colour behind SVG text: the fill of the last shape drawn before it in its group (a
 * marker's disc under its count), else the background of the `<svg>`.
 */
function svgBackground(text: Element): Rgba {
  const svg = text.closest('svg') ?? text;
  const page = effectiveBackground(svg);
  const shapes = Array.from(text.parentElement?.children ?? []);
  const before = shapes.slice(0, shapes.indexOf(text)).reverse();
  for (const shape of before) {
    if (!['circle', 'rect', 'path', 'ellipse', 'polygon'].includes(shape.tagName.toLowerCase())) {
      continue;
    }
    const fill = parseColor(getComputedStyle(shape).fill);
    if (fill && fill[3] > 0) return over(fill, page);
  }
  return page;
}

export interface ContrastFailure {
  readonly text: string;
  readonly ratio: number;
  readonly color: string;
  readonly background: string;
}

/**
 * Every piece of text drawn inside `root` whose contrast with the colour behind it is under
 * `minimum` (HTML text against its background; SVG text against the background of its
 * `<svg>`, with its fill as its colour). Disabled controls are exempt, as WCAG says.
 */
export function contrastFailures(root: Element, minimum = 4.5): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const element of deepElements(root)) {
    const ownText = Array.from(element.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    const isControl = element instanceof HTMLInputElement || element instanceof HTMLSelectElement;
    if (!ownText && !isControl) continue;
    if (['STYLE', 'SCRIPT', 'TITLE', 'OPTION'].includes(element.tagName.toUpperCase())) continue;
    if (element instanceof SVGElement && element.tagName.toLowerCase() === 'title') continue;
    if (isControl && (element as HTMLInputElement).type === 'checkbox') continue;
    if ((element as HTMLButtonElement).disabled || element.closest(':disabled')) continue;
    if (!isDrawn(element)) continue;
    const style = getComputedStyle(element);
    const isSvg = element instanceof SVGElement;
    const foreground = parseColor(isSvg ? style.fill : style.color);
    if (!foreground) continue;
    const background = isSvg ? svgBackground(element) : effectiveBackground(element);
    const ratio = contrastRatio(over(foreground, background), background);
    if (ratio < minimum) {
      failures.push({
        text: (ownText || (element as HTMLInputElement).value || element.tagName).slice(0, 60),
        ratio: Math.round(ratio * 100) / 100,
        color: isSvg ? style.fill : style.color,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
      });
    }
  }
  return failures;
}
