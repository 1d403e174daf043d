// Another script defined <practice-card> before the library: a list's cards are then that
// script's elements (empty), and the list must still count its practices, and go through its
// idle moments (the open practice's controls fetched) without an error on the page. This file
// runs in a page of its own, and defines the namesake before the library's modules are loaded.
import { expect } from '@open-wc/testing';
import { answer, controlledNetwork, deepText, settled } from './support.js';
import { sampleFeed, until } from '../helpers.js';

class SomeoneElsesCard extends HTMLElement {}

describe('a <practice-card> defined by another script', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let host: HTMLElement;

  before(async () => {
    customElements.define('practice-card', SomeoneElsesCard);
    window.addEventListener('error', onError);
    await import('../../src/define.js');
  });

  after(() => window.removeEventListener('error', onError));

  afterEach(() => host?.remove());

  it('keeps its name, and a list around it works past its idle moments without an error', async () => {
    expect(customElements.get('practice-card')).to.equal(SomeoneElsesCard);
    controlledNetwork(answer.json(sampleFeed()));
    host = document.createElement('div');
    host.innerHTML = `<practice-list src="/foreign/cards.json" lang="en"></practice-list>`;
    document.body.append(host);
    const list = host.querySelector('practice-list')!;
    await settled(list);
    expect(deepText(list)).to.contain('2 practices');
    // The open practice's controls come in an idle moment.
    await until(() => list.shadowRoot!.adoptedStyleSheets.length > 1, 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(errors).to.deep.equal([]);
    expect(list.shadowRoot!.querySelectorAll('practice-card').length).to.equal(2);
  });
});
