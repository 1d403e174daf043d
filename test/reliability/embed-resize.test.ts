// embed-resize.js on a host page with other iframes: only the embed page (served from the
// script's origin) or an iframe the host marks may size itself, and never beyond a bound.
import { expect } from '@open-wc/testing';
import '../../src/embed/embed-resize.js';
import { EMBED_MAX_HEIGHT } from '../../src/embed/embed-params.js';
import { until } from '../helpers.js';
import { engine } from '../setup/commands.js';

const PAGE = '/test/fixtures/embed/post-height.html';

/** The same page under another host name: another origin. */
function elsewhere(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/** An iframe of `src` (or `srcdoc`) that posts `height` once loaded and asked. */
async function frame(
  attributes: Record<string, string>,
  height: number,
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) {
    iframe.setAttribute(name, value.replace('{height}', String(height)));
  }
  iframe.height = '150';
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  iframe.contentWindow!.postMessage('report', '*');
  return iframe;
}

/** Gives a message time to arrive and be handled. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('embed-resize.js', () => {
  it('sizes the embed page, served from its own origin', async function () {
    // WebKitGTK 2.50 under WebDriver gives the parent window itself as `event.source` of a
    // message that a same-origin iframe posts with `parent.postMessage`, so no script can tell
    // which iframe spoke; an embed from another origin is sized (the tests below). Open bug,
    // listed in docs/browsers.md under "Known not to work".
    if (engine === 'webkit') this.skip();
    const iframe = await frame({ src: `${PAGE}?height={height}` }, 640);
    await until(() => iframe.style.height === '640px');
  });

  it('caps the height', async function () {
    // WebKitGTK 2.50 under WebDriver gives the parent window itself as `event.source` of a
    // message that a same-origin iframe posts with `parent.postMessage`, so no script can tell
    // which iframe spoke; an embed from another origin is sized (the tests below). Open bug,
    // listed in docs/browsers.md under "Known not to work".
    if (engine === 'webkit') this.skip();
    const iframe = await frame({ src: `${PAGE}?height={height}` }, 99_999);
    await until(() => iframe.style.height !== '');
    expect(iframe.style.height).to.equal(`${EMBED_MAX_HEIGHT}px`);
  });

  it('leaves a third-party iframe alone', async () => {
    const iframe = await frame({ src: elsewhere(`${PAGE}?height={height}`) }, 99_999);
    await settle();
    expect(iframe.style.height).to.equal('');
    expect(iframe.getBoundingClientRect().height).to.be.below(200);
  });

  it('leaves a sandboxed iframe alone', async () => {
    const script =
      `<script>addEventListener('message',()=>parent.postMessage({type:'practice-widgets:height',height:99999},'*'))</scr` +
      `ipt>`;
    const iframe = await frame({ sandbox: 'allow-scripts', srcdoc: script }, 99_999);
    await settle();
    expect(iframe.style.height).to.equal('');
  });

  it('sizes an iframe of another origin that the host marks', async () => {
    const iframe = await frame(
      { src: elsewhere(`${PAGE}?height={height}`), 'data-practice-embed': '' },
      720,
    );
    await until(() => iframe.style.height === '720px');
  });
});
