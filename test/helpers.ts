// Shared test helpers: canned network answers through the request's one seam, feeds, and the
// check that fails any test during which Lit issued a development-mode warning.
import { expect } from '@open-wc/testing';
import { resetPageState } from '../src/data/page-state.js';
import { FeedLoadError } from '../src/feed/load-error.js';
import { setFetch, setRetryPolicy } from '../src/feed/request.js';
import { clearSavedCopies } from '../src/feed/saved-copy.js';
import type { PracticeFeed as PublishedFeed } from '../src/data/types.js';

declare global {
  // Filled by test/setup/browser-setup.js.
  var __litWarnings: string[];
}

afterEach(async function () {
  const warnings = globalThis.__litWarnings.splice(0);
  // Each test starts as a new page would: the real seams, nothing loaded or shared.
  resetPageState();
  // Each test starts with no saved copy of any feed on the device.
  await clearSavedCopies();
  if (warnings.length > 0) {
    throw new Error(`Lit warned during "${this.currentTest?.title}":\n${warnings.join('\n')}`);
  }
});

/** A network answer: a JSON body, a status, text, a network failure, or never. */
export type CannedAnswer =
  | { json: unknown; status?: number }
  | { text: string; status?: number }
  | { status: number }
  | { fail: true }
  | { hang: true };

/**
 * Replaces the network with canned answers per URL ending. Returns the list of requested URLs.
 * A URL with no answer fails like a network error.
 */
export function useCannedFetch(answers: Record<string, CannedAnswer | (() => CannedAnswer)>) {
  const requests: string[] = [];
  // Each canned answer is given once: automatic retries are the request's tests' subject
  // (test/feed, test/reliability), which turn them back on.
  setRetryPolicy({ retries: 0 });
  setFetch(async (url, init) => {
    requests.push(url);
    const key = Object.keys(answers).find((ending) => url.endsWith(ending));
    const entry = key === undefined ? { fail: true as const } : answers[key]!;
    const answer = typeof entry === 'function' ? entry() : entry;
    if ('hang' in answer) {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        ),
      );
    }
    if ('fail' in answer) throw new TypeError('Failed to fetch');
    const body =
      'json' in answer ? JSON.stringify(answer.json) : 'text' in answer ? answer.text : '';
    return new Response(body, {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return requests;
}

/** A small valid feed in Spanish and English. */
export function sampleFeed(overrides: Partial<PublishedFeed> = {}): PublishedFeed {
  return {
    version: 1,
    title: { es: 'Buenas prácticas', en: 'Good practices' },
    publisher: { name: 'Example Observatory', url: 'https://example.org' },
    updated: '2026-11-28',
    language: 'es',
    practices: [
      {
        id: 'steam-without-barriers',
        title: { es: 'STEAM sin barreras', en: 'STEAM Without Barriers' },
        summary: {
          es: 'Robótica y software libre para estudiantes con discapacidad.',
          en: 'Robotics and open-source software for students with disabilities.',
        },
        description: {
          es: 'Primer párrafo.\n\nSegundo párrafo.',
          en: 'First paragraph.\n\nSecond paragraph.',
        },
        countries: ['CO'],
        place: 'Sabanalarga, Atlántico',
        locations: [{ lat: 10.63, lon: -74.92 }],
        setting: 'rural',
        levels: ['primary', 'secondary'],
        objectives: ['inclusive-education', 'digital-skills'],
        organization: { name: 'Escuela Rural', type: 'school', url: 'https://example.org/school' },
        audiences: [{ es: 'estudiantes con discapacidad', en: 'students with disabilities' }],
        tags: ['robotics', 'arduino'],
        reach: { participants: 1500, institutions: 1 },
        year: 2021,
        criteria: {
          equity: {
            es: 'Incluye a estudiantes con discapacidad.',
            en: 'Includes students with disabilities.',
          },
          replicability: { es: 'Usa herramientas abiertas.', en: 'Uses open tools.' },
        },
        url: 'https://example.org/steam',
      },
      {
        id: 'teachers-digital-leadership',
        title: { es: 'Docentes con liderazgo digital', en: 'Teachers with Digital Leadership' },
        summary: { es: 'Formación docente en línea.', en: 'Online teacher training.' },
        countries: ['BO', 'EC', 'AR', 'PY'],
        setting: 'both',
        objectives: ['teacher-training'],
        organization: { name: 'Fundación ProFuturo', type: 'civil-society' },
      },
    ],
    ...overrides,
  };
}

/**
 * Resolves when `predicate` holds, checking every few milliseconds (up to `timeout` ms). Timers
 * rather than animation frames: test pages run side by side, and a page in the background gets
 * no frames.
 */
export async function until(predicate: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The visible text of an element's shadow root, with whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The FeedLoadError a load rejects with; fails the test when the load resolves instead. */
export async function loadFailure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

/**
 * A click as a reader's (a plain one, or with `init`'s keys or button); whether the library kept
 * the browser from following the link. The click is stopped at the window, so a test page never
 * navigates.
 */
export function clickPrevented(target: Element, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const last = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', last);
  target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
  window.removeEventListener('click', last);
  return prevented;
}
