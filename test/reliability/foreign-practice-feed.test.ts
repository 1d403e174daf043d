// Another script defined <practice-feed> before the library: its namesake provides nothing, so
// the widgets inside must not wait for it for ever. This file runs in a page of its own, and
// defines the namesake before the library's modules are loaded.
import { expect } from '@open-wc/testing';
import { answer, controlledNetwork, deepText, settled } from './support.js';
import { sampleFeed, until } from '../helpers.js';
import { uiStrings } from '../../src/i18n/messages.js';

class SomeoneElsesFeed extends HTMLElement {}

describe('a <practice-feed> defined by another script', () => {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  let host: HTMLElement;

  before(async () => {
    customElements.define('practice-feed', SomeoneElsesFeed);
    console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
      originalWarn.apply(console, args);
    };
    await import('../../src/define.js');
  });

  after(() => (console.warn = originalWarn));

  afterEach(() => host?.remove());

  it('keeps its name: the library does not take it over', () => {
    expect(customElements.get('practice-feed')).to.equal(SomeoneElsesFeed);
  });

  it('lets a widget inside with its own src load it', async () => {
    controlledNetwork(answer.json(sampleFeed()));
    host = document.createElement('div');
    host.innerHTML = `<practice-feed src="/foreign/feed.json"><practice-list src="/foreign/own.json"></practice-list></practice-feed>`;
    document.body.append(host);
    const list = host.querySelector('practice-list')!;
    await settled(list);
    expect(deepText(list)).to.contain('STEAM');
  });

  it('has a widget without src say why it shows nothing, and warns once', async () => {
    controlledNetwork(answer.json(sampleFeed()));
    host = document.createElement('div');
    host.innerHTML = `<practice-feed src="/foreign/feed.json"><practice-stats></practice-stats><practice-card practice-id="x"></practice-card></practice-feed>`;
    document.body.append(host);
    const [stats, card] = [...host.querySelectorAll('practice-stats, practice-card')];
    await until(() =>
      [stats!, card!].every((element) =>
        deepText(element).includes(uiStrings('en').errorForeignFeed),
      ),
    );
    expect(warnings.filter((warning) => /practice-feed/.test(warning))).to.have.length(1);
  });
});
