// The CDN entry's head start: the feeds of the widgets already in the page are asked for
// before the rest of the library is evaluated, and each widget then joins that request.
import { expect, fixture, html } from '@open-wc/testing';
import { startEarly } from '../src/early-start.js';
import '../src/define.js';
import { sampleFeed, shadowText, until } from './helpers.js';
import { absolute, answer, controlledNetwork } from './reliability/support.js';

describe('early start', () => {
  it('asks once for each web address of the page, then the widgets join those requests', async () => {
    const network = controlledNetwork(answer.json(sampleFeed()));
    // Not yet upgraded: the page as the entry finds it, before any element is defined.
    const page = document.createElement('div');
    page.innerHTML = `
      <practice-feed src="/early/a.json"><practice-list></practice-list></practice-feed>
      <practice-card src="/early/a.json" practice-id="steam-without-barriers"></practice-card>
      <practice-card src="/early/b.json" practice-id="steam-without-barriers"></practice-card>
      <practice-card src="javascript:alert(1)"></practice-card>
      <div src="/early/not-a-widget.json"></div>`;
    startEarly(page);
    expect(network.requests.map((request) => request.url).sort()).to.deep.equal([
      absolute('/early/a.json'),
      absolute('/early/b.json'),
    ]);
    const shown = await fixture<HTMLDivElement>(html`<div></div>`);
    shown.append(page);
    const cards = [...page.querySelectorAll('practice-card[practice-id]')];
    await until(() => cards.every((card) => shadowText(card).includes('STEAM')));
    // No second request for a feed, and none, ever, for the javascript: address.
    expect(network.requests).to.have.length(2);
  });

  it('reads no saved copy for a feed with cache="none"', async () => {
    controlledNetwork(answer.hang());
    const page = document.createElement('div');
    page.innerHTML = `<practice-card src="/early/private.json" cache="none"></practice-card>`;
    let reads = 0;
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (...args) {
      reads++;
      return get.apply(this, args);
    };
    try {
      startEarly(page);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      IDBObjectStore.prototype.get = get;
    }
    expect(reads).to.equal(0);
  });
});
