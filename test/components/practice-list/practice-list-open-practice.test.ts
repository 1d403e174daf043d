import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeList } from '../../../src/components/practice-list/practice-list.js';
import type { PracticeCard } from '../../../src/components/practice-card/practice-card.js';
import type { Practice } from '../../../src/data/types.js';
import { loadLanguage } from '../../../src/i18n/language-packs.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';
import { sendKeys } from '../../setup/commands.js';

const FEED_URL = '/feeds/practices.json';

/** Five practices, "Practice 0" to "Practice 4"; the third has its own page. */
function fiveFeed() {
  const practices: Practice[] = Array.from({ length: 5 }, (_, i) => ({
    id: `p-${i}`,
    title: { en: `Practice ${i}`, es: `Práctica ${i}` },
    countries: ['PE'],
    setting: 'urban',
    ...(i === 2 ? { url: 'https://example.org/p-2' } : {}),
  }));
  return sampleFeed({ practices });
}

const cards = (list: PracticeList) => [
  ...list.shadowRoot!.querySelectorAll<PracticeCard>('[part="items"] practice-card'),
];
const dialogOf = (list: PracticeList) => list.shadowRoot!.querySelector('dialog')!;
const openTitle = (list: PracticeList) =>
  dialogOf(list)
    .querySelector('practice-card')
    ?.shadowRoot?.querySelector('[role="heading"]')
    ?.textContent?.trim();
const position = (list: PracticeList) =>
  dialogOf(list).querySelector('.position')?.textContent?.trim();

async function loadedList(template: ReturnType<typeof html>): Promise<PracticeList> {
  const list = await fixture<PracticeList>(template);
  await until(() => !!list.shadowRoot?.querySelector('[part="count"]'));
  await until(() => cards(list).every((card) => !!card.shadowRoot?.querySelector('button')));
  return list;
}

async function openCard(list: PracticeList, index: number): Promise<void> {
  cards(list)[index]!.shadowRoot!.querySelector('button')!.click();
  await until(() => dialogOf(list).open && !!openTitle(list));
  // Previous / next and copy link arrive in a chunk of their own, once.
  await until(() => !!dialogOf(list).querySelector('.copy-link'));
}

/** Replaces the Clipboard API for one test; `refuse` makes it throw, as a refusing browser does. */
function stubClipboard(refuse = false): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) =>
        refuse
          ? Promise.reject(new DOMException('Denied', 'NotAllowedError'))
          : (copied.push(text), Promise.resolve()),
    },
  });
  return { copied, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}

describe('<practice-list> open practice', () => {
  before(() => Promise.all(['es', 'en', 'pt', 'fr'].map((lang) => loadLanguage(lang))));

  it('steps to the previous and next practice of the results, saying where it is', async function () {
    // An axe run and keyboard steps: more than the default time on a loaded machine.
    this.timeout(30000);
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await loadedList(
      html`<practice-list src=${FEED_URL} lang="en" page-size="2"></practice-list>`,
    );
    await openCard(list, 0);
    expect(openTitle(list)).to.equal('Practice 0');
    expect(position(list)).to.equal('1 of 5');
    expect(dialogOf(list).querySelector('.position')!.getAttribute('role')).to.equal('status');
    const previous = dialogOf(list).querySelector<HTMLButtonElement>('.step.previous')!;
    const next = dialogOf(list).querySelector<HTMLButtonElement>('.step.next')!;
    expect(previous.disabled).to.equal(true);
    expect(next.textContent).to.include('Next practice');
    await expect(list).to.be.accessible();

    // By keyboard: Tab reaches "next", Enter steps. (WebKit's test runner gives its frames no
    // focus, so no key reaches the page there: a click stands for the key.)
    next.focus();
    if (document.hasFocus()) await sendKeys({ press: 'Enter' });
    else next.click();
    await until(() => openTitle(list) === 'Practice 1');
    expect(position(list)).to.equal('2 of 5');
    next.click();
    await until(() => openTitle(list) === 'Practice 2');
    next.click();
    await until(() => openTitle(list) === 'Practice 3');
    expect(position(list)).to.equal('4 of 5');
    next.click();
    await until(() => position(list) === '5 of 5');
    expect(next.disabled).to.equal(true);
    previous.click();
    await until(() => position(list) === '4 of 5');

    // Closing leaves the reader on the page of the practice last open, on its card.
    dialogOf(list).querySelector<HTMLButtonElement>('.close')!.click();
    await until(() => !dialogOf(list).open);
    await until(() => cards(list).some((card) => shadowText(card).includes('Practice 3')));
    await until(() => {
      const card = cards(list).find((c) => shadowText(c).includes('Practice 3'));
      // The focused element, whether or not the frame itself has the focus (WebKit's runner).
      const button = card?.shadowRoot!.querySelector('button');
      return !!button && card!.shadowRoot!.activeElement === button;
    });
  });

  it('follows the order the reader chose', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await loadedList(html`<practice-list src=${FEED_URL} lang="es"></practice-list>`);
    const select = list.shadowRoot!.querySelector('select')!;
    select.value = 'country';
    select.dispatchEvent(new Event('change'));
    await openCard(list, 4);
    expect(position(list)).to.equal('5 de 5');
  });

  for (const [lang, expected] of [
    ['es', '2 de 5'],
    ['pt', '2 de 5'],
    ['fr', '2 sur 5'],
  ] as const) {
    it(`says the position in ${lang}`, async () => {
      useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
      const list = await loadedList(
        html`<practice-list src=${FEED_URL} lang=${lang}></practice-list>`,
      );
      await openCard(list, 1);
      expect(position(list)).to.equal(expected);
    });
  }

  it('copies the page address that opens the practice, and says so politely', async () => {
    const clipboard = stubClipboard();
    try {
      useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
      const list = await loadedList(
        html`<practice-list src=${FEED_URL} lang="en"></practice-list>`,
      );
      await openCard(list, 1);
      dialogOf(list).querySelector<HTMLButtonElement>('.copy-link')!.click();
      await until(() => clipboard.copied.length === 1);
      const link = new URL(clipboard.copied[0]!);
      expect(link.searchParams.get('pw-open')).to.equal('p-1');
      expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
      await until(() =>
        [...dialogOf(list).querySelectorAll('[role="status"]')].some(
          (s) => s.textContent!.trim() === 'Link copied.',
        ),
      );
    } finally {
      clipboard.restore();
    }
  });

  it("copies a practice's own address when the page does not open it", async () => {
    const clipboard = stubClipboard();
    try {
      useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
      const list = await loadedList(
        html`<practice-list src=${FEED_URL} lang="en"></practice-list>`,
      );
      await openCard(list, 2);
      dialogOf(list).querySelector<HTMLButtonElement>('.copy-link')!.click();
      await until(() => clipboard.copied.length === 1);
      expect(clipboard.copied[0]).to.equal('https://example.org/p-2');
    } finally {
      clipboard.restore();
    }
  });

  it('copies the page address when the page already opens the practice (sync-url)', async () => {
    const clipboard = stubClipboard();
    const before = location.href;
    try {
      useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
      const feed = await fixture<HTMLElement>(
        html`<practice-feed id="cat" src=${FEED_URL} lang="en" sync-url>
          <practice-list></practice-list>
        </practice-feed>`,
      );
      const list = feed.querySelector<PracticeList>('practice-list')!;
      await until(() => cards(list).length === 5);
      await openCard(list, 2);
      await until(() => new URL(location.href).searchParams.get('pw-cat-open') === 'p-2');
      dialogOf(list).querySelector<HTMLButtonElement>('.copy-link')!.click();
      await until(() => clipboard.copied.length === 1);
      expect(clipboard.copied[0]).to.equal(location.href);
    } finally {
      clipboard.restore();
      history.replaceState(history.state, '', before);
    }
  });

  it('shows the address, selected, when the browser refuses to copy', async () => {
    const clipboard = stubClipboard(true);
    try {
      useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
      const list = await loadedList(
        html`<practice-list src=${FEED_URL} lang="fr"></practice-list>`,
      );
      await openCard(list, 0);
      dialogOf(list).querySelector<HTMLButtonElement>('.copy-link')!.click();
      await until(() => !!dialogOf(list).querySelector('.manual-link input'));
      const field = dialogOf(list).querySelector<HTMLInputElement>('.manual-link input')!;
      expect(new URL(field.value).searchParams.get('pw-open')).to.equal('p-0');
      expect(dialogOf(list).querySelector('.manual-link')!.textContent).to.include(
        'Copiez ce lien',
      );
      await until(() => list.shadowRoot!.activeElement === field);
      expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
      await expect(list).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });
});

describe('<practice-list> downloads panel', () => {
  const details = (list: PracticeList) => list.shadowRoot!.querySelector('details')!;

  async function openPanel(list: PracticeList): Promise<void> {
    details(list).querySelector('summary')!.click();
    await until(() => details(list).open);
  }

  it('closes on Escape and gives focus back to its button', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await loadedList(html`<practice-list src=${FEED_URL} lang="en"></practice-list>`);
    await openPanel(list);
    details(list).querySelector<HTMLButtonElement>('.download-buttons button')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !details(list).open);
    expect(list.shadowRoot!.activeElement).to.equal(details(list).querySelector('summary'));
  });

  it('closes on a click outside it, not on one inside', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await loadedList(html`<practice-list src=${FEED_URL} lang="en"></practice-list>`);
    await openPanel(list);
    list.shadowRoot!.querySelector<HTMLElement>('.downloads-panel')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details(list).open).to.equal(true);
    document.body.click();
    await until(() => !details(list).open);
  });

  it('closes when the reader turns the page', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    const list = await loadedList(
      html`<practice-list src=${FEED_URL} lang="en" page-size="2"></practice-list>`,
    );
    await openPanel(list);
    list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pagination button')[1]!.click();
    await until(() => !details(list).open);
  });
});

describe('<practice-list> text on narrow screens and slabs', () => {
  before(() => Promise.all(['es', 'en', 'pt', 'fr'].map((lang) => loadLanguage(lang))));

  for (const width of [320, 360]) {
    for (const lang of ['es', 'en', 'pt', 'fr']) {
      it(`keeps "page 1 of 3" on one line at ${width} px in ${lang}, the buttons apart`, async () => {
        useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
        const wrapper = await fixture<HTMLElement>(
          html`<div style=${`width: ${width}px`}>
            <practice-list src=${FEED_URL} lang=${lang} page-size="2"></practice-list>
          </div>`,
        );
        const list = wrapper.querySelector<PracticeList>('practice-list')!;
        await until(() => !!list.shadowRoot?.querySelector('.page-of'));
        const pageOf = list.shadowRoot!.querySelector<HTMLElement>('.page-of')!;
        const lineHeight = parseFloat(getComputedStyle(pageOf).lineHeight) || 24;
        expect(pageOf.getBoundingClientRect().height, pageOf.textContent!).to.be.below(
          lineHeight * 1.5,
        );
        const box = wrapper.getBoundingClientRect();
        const [previous, next] = [
          ...list.shadowRoot!.querySelectorAll<HTMLElement>('.pagination button'),
        ].map((button) => button.getBoundingClientRect());
        for (const rect of [pageOf.getBoundingClientRect(), previous!, next!]) {
          expect(rect.left).to.be.at.least(box.left - 0.5);
          expect(rect.right).to.be.at.most(box.right + 0.5);
        }
        expect(previous!.right).to.be.at.most(next!.left);
      });
    }
  }

  it('keeps the count off the edge of a dark slab, and of a token-themed one', async () => {
    useCannedFetch({ [FEED_URL]: { json: fiveFeed() } });
    for (const style of ['', '--practice-surface: #123456; --practice-text: #ffffff']) {
      const list = await loadedList(
        html`<practice-list src=${FEED_URL} lang="pt" theme="dark" style=${style}></practice-list>`,
      );
      const slab = list.shadowRoot!.querySelector<HTMLElement>('.theme')!.getBoundingClientRect();
      const count = list.shadowRoot!.querySelector('[part="count"]')!.getBoundingClientRect();
      expect(count.left - slab.left, style).to.be.at.least(8);
      expect(count.top - slab.top, style).to.be.at.least(8);
    }
  });

  it('says "0 práticas" in Portuguese and "0 pratique" in French', async () => {
    for (const [lang, expected] of [
      ['pt', '0 práticas'],
      ['fr', '0 pratique'],
      ['es', '0 prácticas'],
      ['en', '0 practices'],
    ] as const) {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed({ practices: [] }) } });
      const list = await fixture<PracticeList>(
        html`<practice-list src=${FEED_URL} lang=${lang}></practice-list>`,
      );
      await until(() => !!list.shadowRoot?.querySelector('[part="count"]'));
      expect(list.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal(
        expected,
      );
    }
  });
});
