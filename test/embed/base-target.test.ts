import { expect } from '@open-wc/testing';
import { embedPage } from '../../src/site/pages.js';
import { until } from '../helpers.js';

/*
 * The site's embed pages open their links in the top window with `<base target="_top">`, under
 * a policy with `base-uri 'none'`, which governs a base address only. Checked in each engine
 * with the embed page's own head, its base target renamed to a frame of this page (a click that
 * reached the top window would navigate the test runner away): a practice's link, an HTML link
 * in a rendered shadow root, opens in the named frame, not in the embed page's.
 */
describe('an embed page’s links', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  it('open where its <base target> says, under its base-uri policy', async () => {
    const page = embedPage({
      lang: 'es',
      path: 'es/embed/list.html',
      title: 'Lista',
      widget: `<div id="host"><template shadowrootmode="open"><a id="link" href="/test/fixtures/rendered/feed.json?opened">Semilla Digital</a></template></div>`,
      styleHashes: [],
      imageOrigins: [],
    });
    expect(page).to.include('<base target="_top" />');
    expect(page).to.include("base-uri 'none'");
    const named = document.createElement('iframe');
    named.name = 'practice-top';
    const embed = document.createElement('iframe');
    frames = [named, embed];
    document.body.append(named, embed);
    const loaded = new Promise((resolve) =>
      embed.addEventListener('load', resolve, { once: true }),
    );
    embed.srcdoc = page
      .replace('<base target="_top" />', '<base target="practice-top" />')
      // The page's own script and styles are not this test's subject.
      .replace(/<script[^>]*><\/script>/g, '');
    await loaded;
    const link = embed.contentDocument!.getElementById('host')!.shadowRoot!.getElementById('link')!;
    link.click();
    await until(() => named.contentWindow?.location.href.endsWith('?opened') ?? false, 5000);
    expect(embed.contentWindow!.location.href).to.equal('about:srcdoc');
  });
});
