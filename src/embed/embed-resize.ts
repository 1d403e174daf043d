// For pages that embed the widgets in an iframe: load this script once and every iframe of
// embed.html takes the height of its content, with no inner scroll bar. Without it the iframe
// keeps its own height and scrolls inside.
import { EMBED_MAX_HEIGHT, isHeightMessage, isTrustedEmbed } from './embed-params.js';

// embed.html is served beside this script: its origin is this script's.
const embedOrigin = new URL(import.meta.url).origin;

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source) continue;
    // Any iframe on the page can post this message: only the embed page's (or an iframe the
    // host marks with `data-practice-embed`) may size itself, and never beyond a bound.
    const marked = iframe.hasAttribute('data-practice-embed');
    if (!isTrustedEmbed(iframe.src, event.origin, embedOrigin, marked, document.baseURI)) continue;
    iframe.style.height = `${Math.min(event.data.height, EMBED_MAX_HEIGHT)}px`;
    iframe.setAttribute('scrolling', 'no');
  }
});
