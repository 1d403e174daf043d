// What every element must do when the device's storage will not keep the saved copy: show the
// feed from the network as if there were no saved copy, show the network's failure with a
// retry, and throw nothing. Each way storage can be refused has a test file of its own, since a
// page opens the database once: storage-refused-*.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { savedCopyUrls } from '../../src/feed/saved-copy.js';
import { uiStrings } from '../../src/i18n/messages.js';
import { sampleFeed, until } from '../helpers.js';
import {
  answer,
  controlledNetwork,
  deepText,
  displayElementTags,
  elementAttributes,
  settled,
  shadowRoots,
  watchUncaught,
} from './support.js';

const STEAM = 'steam-without-barriers';

export function storageRefusedSuite(how: string): void {
  describe(`the saved copy refused (${how})`, () => {
    let uncaught: ReturnType<typeof watchUncaught>;
    beforeEach(() => (uncaught = watchUncaught()));
    afterEach(async () => {
      // Whatever the library still had queued for storage has failed by now.
      await new Promise((resolve) => setTimeout(resolve, 50));
      uncaught.stop();
      expect(uncaught.errors, 'uncaught errors and unhandled rejections').to.deep.equal([]);
    });

    it('every element shows its feed from the network, and nothing is kept', async () => {
      controlledNetwork(answer.json(sampleFeed()));
      const loads: { fromCache: boolean }[] = [];
      const onLoad = (event: Event) => loads.push((event as CustomEvent).detail);
      document.addEventListener('practice-feed-load', onLoad);
      const tags = await displayElementTags();
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const tag of tags) {
        const element = document.createElement(tag);
        element.setAttribute('src', `/storage/${tag}.json`);
        element.setAttribute('lang', 'en');
        for (const [name, value] of Object.entries(elementAttributes(tag, STEAM))) {
          element.setAttribute(name, value);
        }
        root.append(element);
      }
      await Promise.all([...root.children].map(settled));
      document.removeEventListener('practice-feed-load', onLoad);
      for (const element of root.children) {
        expect(deepText(element), element.localName).not.to.include(uiStrings('en').loading);
        const errors = shadowRoots(element).flatMap((r) => [...r.querySelectorAll('.load-error')]);
        expect(errors, `${element.localName} shows no error`).to.have.length(0);
      }
      expect(loads.length).to.be.at.least(tags.length);
      expect(loads.every((detail) => detail.fromCache === false)).to.equal(true);
      expect(await savedCopyUrls()).to.deep.equal([]);
    });

    it('a failing network shows its error with a retry, and the retry works', async () => {
      const network = controlledNetwork(answer.status(503));
      const card = await fixture(
        html`<practice-card
          src="/storage/retry.json"
          practice-id=${STEAM}
          lang="en"
        ></practice-card>`,
      );
      await until(() => !!card.shadowRoot!.querySelector('.load-error'));
      expect(deepText(card)).to.include(uiStrings('en').errorTitle);
      network.answer = answer.json(sampleFeed());
      card.shadowRoot!.querySelector<HTMLButtonElement>('.load-error button')!.click();
      await until(() => /STEAM/.test(deepText(card)));
      expect(card.shadowRoot!.querySelector('.load-error')).to.equal(null);
    });
  });
}
