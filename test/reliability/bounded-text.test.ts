import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { TEXT_LIMITS } from '../../src/data/bounded-text.js';
import type { PracticeCard } from '../../src/components/practice-card/practice-card.js';
import type { PracticeList } from '../../src/components/practice-list/practice-list.js';
import { shadowRoots, settled } from './support.js';

const MEGABYTE = 1024 * 1024;
/** One unbroken word: no space, no hyphen, nowhere for a line to break but inside it. */
const longWord = (length: number) => 'x'.repeat(length);
const RLO = '\u202e';

const practice = (fields: Record<string, unknown> = {}) => ({
  id: 'long',
  title: 'Long words',
  countries: ['CO'],
  setting: 'rural',
  ...fields,
});

/** The longest run of text any one text node of the element lays out. */
function longestText(element: Element): number {
  let longest = 0;
  for (const root of shadowRoots(element)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) longest = Math.max(longest, walker.currentNode.textContent!.length);
  }
  return longest;
}

/** The horizontal position of the character at `offset` of a text node. */
function charX(node: Text, offset: number): number {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect().left;
}

function findText(root: ShadowRoot, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    if (walker.currentNode.textContent!.includes(text)) return walker.currentNode as Text;
  }
  throw new Error(`No text node with ${JSON.stringify(text)}`);
}

describe('feed text: bounded in what it lays out', function () {
  this.timeout(30_000);

  it('a full card cuts a megabyte word in its title, description and tags, and says so', async () => {
    const card = await fixture<PracticeCard>(
      html`<practice-card lang="en" practice-id="long"></practice-card>`,
    );
    card.feed = {
      version: 1,
      practices: [
        practice({
          title: longWord(MEGABYTE),
          description: longWord(MEGABYTE),
          tags: [longWord(MEGABYTE)],
          summary: longWord(MEGABYTE),
        }),
      ],
    };
    await settled(card);
    const root = card.shadowRoot!;
    // Tested without printing: a failure would otherwise quote a megabyte.
    const cutShort = (text: string) => /^x+…$/.test(text.trim());
    expect(cutShort(root.querySelector('[role="heading"]')!.textContent!)).to.equal(true);
    expect(cutShort(root.querySelector('.description')!.textContent!)).to.equal(true);
    expect(longestText(card)).to.be.at.most(TEXT_LIMITS.long);
    expect(root.querySelector('[role="heading"]')!.textContent!.trim().length).to.equal(
      TEXT_LIMITS.short,
    );
  });

  it('a list cuts a megabyte summary in its cards', async () => {
    const list = await fixture<PracticeList>(html`<practice-list lang="en"></practice-list>`);
    list.feed = {
      version: 1,
      practices: [practice({ summary: longWord(MEGABYTE) }), practice({ id: 'other' })],
    };
    await settled(list);
    const cards = [...list.shadowRoot!.querySelectorAll('practice-card')];
    expect(cards.length).to.equal(2);
    for (const card of cards) await settled(card);
    expect(Math.max(...cards.map(longestText))).to.be.at.most(TEXT_LIMITS.paragraph);
  });

  it('keeps text at the limit whole, and never cuts a character in two', async () => {
    const { boundText } = await import('../../src/data/bounded-text.js');
    const exact = longWord(TEXT_LIMITS.short);
    expect(boundText(exact, 'short')).to.equal(exact);
    const emoji = '😀'.repeat(TEXT_LIMITS.short);
    const cut = boundText(emoji, 'short');
    expect(cut.endsWith('…')).to.equal(true);
    expect(cut.length).to.be.at.most(TEXT_LIMITS.short);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).to.equal(false);
  });
});

describe('feed text: isolated for bidirectional text', () => {
  it('a direction override in one level label does not reverse the next one', async () => {
    const card = await fixture<PracticeCard>(
      html`<practice-card lang="en" practice-id="long"></practice-card>`,
    );
    card.feed = {
      version: 1,
      vocabularies: { levels: { odd: { en: `${RLO}odd label` } } },
      practices: [practice({ levels: ['odd', 'primary', 'secondary'] })],
    };
    await settled(card);
    const root = card.shadowRoot!;
    // "Primary" follows the overridden label in the joined list: read left to right, its first
    // letter must still be drawn left of its last.
    const primary = findText(root, 'Primary');
    const start = primary.textContent!.indexOf('Primary');
    expect(charX(primary, start)).to.be.below(charX(primary, start + 'Primary'.length - 1));
  });

  it('a direction override in the organization name does not reverse its type', async () => {
    const card = await fixture<PracticeCard>(
      html`<practice-card lang="en" practice-id="long"></practice-card>`,
    );
    card.feed = {
      version: 1,
      practices: [practice({ organization: { name: `${RLO}Fundación`, type: 'civil-society' } })],
    };
    await settled(card);
    const root = card.shadowRoot!;
    const label = 'Civil society';
    const type = findText(root, label);
    const start = type.textContent!.indexOf(label);
    expect(charX(type, start)).to.be.below(charX(type, start + label.length - 1));
  });
});
