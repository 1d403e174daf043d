// The iframe embed page: renders one widget, full width, from its address's parameters, and
// tells its parent how tall it is, so that embed-resize.js can size the iframe.
//
// The static site's embed pages (`practice-feed site`) load this same script: their widget is
// already in the page, rendered on the server, so the address's parameters are not read and only
// the height is reported.
import { HEIGHT_MESSAGE_TYPE, readEmbedParams, type HeightMessage } from './embed-params.js';

const slot = document.getElementById('widget')!;
if (!slot.firstElementChild) {
  const { tag, attributes, refusedSrc } = readEmbedParams(location.search, location.href);
  if (refusedSrc) console.warn(`practice-widgets: the feed address must be http(s): ${refusedSrc}`);

  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  if (attributes.theme === 'dark') document.documentElement.classList.add('dark');
  slot.append(widget);
}

let lastHeight = -1;
function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
  // The height is not a secret, and the embed page cannot know who embeds it.
  window.parent.postMessage(message, '*');
}
new ResizeObserver(reportHeight).observe(document.documentElement);
