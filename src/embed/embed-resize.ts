// For pages that embed the widgets in an iframe: load this script once and every iframe of
// embed.html takes the height of its content, with no inner scroll bar. Without it the iframe
// keeps its own height and scrolls inside.
import { isHeightMessage } from './embed-params.js';

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const iframe of document.querySelectorAll('iframe')) {
    // Only the iframe that sent the message, whatever its origin.
    if (iframe.contentWindow === event.source) {
      iframe.style.height = `${event.data.height}px`;
      iframe.setAttribute('scrolling', 'no');
    }
  }
});
