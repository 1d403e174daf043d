// One standard for every element: axe in every state and theme, text contrast in both themes,
// reduced motion, a change of language at run time, and the page's tokens and font. Each
// element's file runs this suite, so that each stays well within the runner's time per file.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, engine } from '../setup/commands.js';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { loadLanguage } from '../../src/i18n/language-packs.js';
import { sampleFeed, until, useCannedFetch } from '../helpers.js';
import { contrastFailures, deepElements, deepText, isDrawn } from './deep-dom.js';

const FEED_URL = '/feeds/practices.json';
const SLOW_URL = '/feeds/slow.json';

/** A country no practice of the sample feed is in: a scope that leaves nothing to show. */
const EMPTY_SCOPE = 'HT';

interface Attributes {
  readonly lang: string;
  readonly theme: 'light' | 'dark';
  /** Scope the element to nothing (the card: ask for a practice that is not there). */
  readonly empty?: boolean;
  /** The feed's URL (default FEED_URL). */
  readonly src?: string;
}

interface Subject {
  readonly tag: string;
  readonly render: (a: Attributes) => TemplateResult;
  /** The element whose rendering is checked (the feed's is the widget inside it). */
  readonly target?: (element: HTMLElement) => HTMLElement;
}

export const SUBJECTS: readonly Subject[] = [
  {
    tag: 'practice-card',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-card
        src=${src}
        practice-id=${empty ? 'not-in-the-feed' : 'steam-without-barriers'}
        lang=${lang}
        theme=${theme}
      ></practice-card>`,
  },
  {
    tag: 'practice-list',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-list
        src=${src}
        lang=${lang}
        theme=${theme}
        country=${empty ? EMPTY_SCOPE : ''}
      ></practice-list>`,
  },
  {
    tag: 'practice-filters',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-filters
        src=${src}
        lang=${lang}
        theme=${theme}
        country=${empty ? EMPTY_SCOPE : ''}
      ></practice-filters>`,
  },
  {
    tag: 'practice-map',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-map
        src=${src}
        lang=${lang}
        theme=${theme}
        country=${empty ? EMPTY_SCOPE : ''}
      ></practice-map>`,
  },
  {
    tag: 'practice-stats',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-stats
        src=${src}
        lang=${lang}
        theme=${theme}
        country=${empty ? EMPTY_SCOPE : ''}
      ></practice-stats>`,
  },
  {
    tag: 'practice-feed',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-feed src=${src} lang=${lang} theme=${theme} country=${empty ? EMPTY_SCOPE : ''}
        ><practice-list></practice-list
      ></practice-feed>`,
  },
  {
    tag: 'practice-catalog',
    render: ({ lang, theme, empty, src = FEED_URL }) =>
      html`<practice-catalog
        src=${src}
        lang=${lang}
        theme=${theme}
        country=${empty ? EMPTY_SCOPE : ''}
      ></practice-catalog>`,
  },
];

/** Whether anything inside is still loading (a skeleton, a busy region). */
const isLoading = (element: Element) =>
  deepElements(element).some(
    (node) =>
      node.classList.contains('skeleton') ||
      node.classList.contains('skeleton-line') ||
      (node.classList.contains('frame-status') && !node.classList.contains('error')) ||
      node.getAttribute('aria-busy') === 'true',
  );

/** Renders and waits until the element and everything inside it have left the loading state. */
export async function settled(template: TemplateResult): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(template);
  await until(() => deepText(element).length > 0 && !isLoading(element), 4000);
  // One more frame for late layout (the map measures itself, the list virtualises).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return element;
}

/** Runs every check of this file against the element `tag`. */
export function describeInclusion(tag: string): void {
  const subject = SUBJECTS.find((candidate) => candidate.tag === tag)!;
  describe(`inclusion: <${tag}>`, () => {
    // Before each test: each starts as a new page, with no language loaded.
    beforeEach(async () => {
      await Promise.all(['es', 'pt', 'fr'].map(loadLanguage));
    });

    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
      document.documentElement.style.removeProperty('--practice-accent');
      document.documentElement.style.removeProperty('--practice-text');
      document.documentElement.style.removeProperty('--practice-font');
      document.body.style.removeProperty('font-family');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe while loading, in the ${theme} theme`, async () => {
        useCannedFetch({ [FEED_URL]: { hang: true } });
        const element = await fixture<HTMLElement>(subject.render({ lang: 'es', theme }));
        await until(() => isLoading(element));
        await expect(element).to.be.accessible();
      });

      it(`passes axe on a load error, in the ${theme} theme`, async () => {
        useCannedFetch({ [FEED_URL]: { status: 503 } });
        const element = await settled(subject.render({ lang: 'es', theme }));
        expect(deepText(element)).to.include('No se pudieron cargar las prácticas');
        await expect(element).to.be.accessible();
      });

      it(`passes axe with nothing to show, in the ${theme} theme`, async () => {
        useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
        const element = await settled(subject.render({ lang: 'en', theme, empty: true }));
        expect(deepText(element)).not.to.include('STEAM Without Barriers');
        await expect(element).to.be.accessible();
      });

      it(`passes axe when loaded, in the ${theme} theme`, async () => {
        useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
        const element = await settled(subject.render({ lang: 'en', theme }));
        await expect(element).to.be.accessible();
      });

      it(`draws every text at a contrast of at least 4.5:1, in the ${theme} theme`, async () => {
        useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
        const element = await settled(subject.render({ lang: 'en', theme }));
        const failures = contrastFailures(element);
        expect(failures, JSON.stringify(failures, null, 1)).to.deep.equal([]);
      });

      it(`draws error text at a contrast of at least 4.5:1, in the ${theme} theme`, async () => {
        useCannedFetch({ [FEED_URL]: { status: 503 } });
        const element = await settled(subject.render({ lang: 'en', theme }));
        const failures = contrastFailures(element);
        expect(failures, JSON.stringify(failures, null, 1)).to.deep.equal([]);
      });
    }

    it('runs no animation or transition when the reader asks for reduced motion', async function () {
      // Reduced motion is emulated through the DevTools protocol: Chromium only.
      if (!canEmulateMedia) this.skip();
      await emulateMedia({ reducedMotion: 'reduce' });
      // Two URLs: the loader shares one request among the elements that ask for one URL.
      useCannedFetch({ [SLOW_URL]: { hang: true }, [FEED_URL]: { json: sampleFeed() } });
      const loading = await fixture<HTMLElement>(
        subject.render({ lang: 'en', theme: 'light', src: SLOW_URL }),
      );
      await until(() => isLoading(loading));
      const still = (element: HTMLElement) => {
        const moving = deepElements(element).filter((node) => {
          const style = getComputedStyle(node);
          const durations = `${style.animationDuration},${style.transitionDuration}`;
          return (
            (style.animationName !== 'none' || durations.split(',').some((d) => parseFloat(d))) &&
            isDrawn(node)
          );
        });
        expect(moving.map((node) => node.tagName + '.' + node.className)).to.deep.equal([]);
      };
      still(loading);
      // One at a time, as a page shows one catalogue.
      loading.remove();
      const loaded = await settled(subject.render({ lang: 'en', theme: 'light' }));
      still(loaded);
      const running = document.getAnimations().filter((a) => a.playState === 'running');
      expect(running).to.have.length(0);
    });

    it('re-renders every text when its lang changes at run time', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const reference: Record<string, string> = {};
      for (const lang of ['en', 'fr', 'es']) {
        const element = await settled(subject.render({ lang, theme: 'light' }));
        reference[lang] = deepText(element);
        element.remove();
      }
      expect(new Set(Object.values(reference)).size, 'three different renderings').to.equal(3);
      const element = await settled(subject.render({ lang: 'en', theme: 'light' }));
      expect(deepText(element)).to.equal(reference.en);
      for (const lang of ['fr', 'es']) {
        // As a reader picking a language does: a press first. (A change nobody asked for keeps
        // the widget's height on screen, and cuts the rest off behind "Show all".)
        window.dispatchEvent(new PointerEvent('pointerdown'));
        element.setAttribute('lang', lang);
        await until(() => deepText(element) === reference[lang]).catch(() => {
          expect(deepText(element)).to.equal(reference[lang]);
        });
      }
    });

    it('draws with a token the page sets on :root', async function () {
      const skip = () => this.skip();
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const element = await settled(subject.render({ lang: 'en', theme: 'light' }));
      const painted = (color: string) =>
        deepElements(element).filter((node) => {
          const style = getComputedStyle(node);
          return [style.color, style.backgroundColor, style.borderTopColor, style.fill].includes(
            color,
          );
        }).length;
      const accent = 'rgb(128, 0, 64)';
      const text = 'rgb(2, 60, 3)';
      expect(painted(accent) + painted(text)).to.equal(0);
      document.documentElement.style.setProperty('--practice-accent', accent);
      document.documentElement.style.setProperty('--practice-text', text);
      if (painted(accent) === 0) {
        // An element that shows the accent only on interaction: its focus ring is the accent.
        // A control of the page's kind first (a map's countries show focus by their own
        // outline, not a ring; which comes first depends on the width the last test left).
        const controls = deepElements(element).filter(
          (node): node is HTMLElement =>
            node.matches('button, a[href], input, summary, [tabindex="0"]') && isDrawn(node),
        );
        const control = controls.find((node) => node instanceof HTMLElement) ?? controls[0]!;
        // WebKit's runner holds the test files in frames of one window, and a frame that does not
        // have the window's focus matches no :focus: the ring cannot show there. Checked
        // wherever the page has the focus (Chromium, Firefox, WebKit run alone).
        if (!document.hasFocus()) {
          expect(engine, 'only WebKit’s runner leaves a test page unfocused').to.equal('webkit');
          return skip();
        }
        control.focus();
        expect(getComputedStyle(control).outlineColor, 'focus ring').to.equal(accent);
      } else {
        expect(painted(accent), 'accent').to.be.greaterThan(0);
      }
      expect(painted(text), 'text').to.be.greaterThan(0);
    });

    it('writes in the host page’s font unless --practice-font says otherwise', async () => {
      document.body.style.fontFamily = 'Georgia, serif';
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const element = await settled(subject.render({ lang: 'en', theme: 'light' }));
      const fonts = () =>
        new Set(
          deepElements(element)
            .filter((node) => node.closest('svg') === null && isDrawn(node))
            .filter((node) =>
              Array.from(node.childNodes).some(
                (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim(),
              ),
            )
            .map((node) => getComputedStyle(node).fontFamily),
        );
      expect([...fonts()]).to.deep.equal(['Georgia, serif']);
      document.documentElement.style.setProperty('--practice-font', '"Courier New", monospace');
      expect([...fonts()]).to.deep.equal(['"Courier New", monospace']);
    });
  });
}
