import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

/*
 * The `Intl` warm-up builds one kind of formatter per task, only while the page is shown and
 * someone still wants them. Each test file runs in a process of its own, so the formatters
 * cached by format.ts start empty here; each test uses a language of its own.
 */

/** Counts the `Intl` objects built, by kind. */
const built = new Map<string, number>();
for (const kind of ['DisplayNames', 'NumberFormat', 'PluralRules', 'ListFormat', 'Collator']) {
  const Original = (Intl as unknown as Record<string, new (...args: unknown[]) => object>)[kind]!;
  (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
    construct(target, args) {
      built.set(kind, (built.get(kind) ?? 0) + 1);
      return new target(...args);
    },
  });
}
const total = () => [...built.values()].reduce((sum, n) => sum + n, 0);

const { warmUpFormatters } = await import('../../src/i18n/format-warm-up.js');
const format = await import('../../src/i18n/format.js');

/** Tasks queued by the warm-up, run by the test one at a time. */
function queue() {
  const tasks: (() => void)[] = [];
  return { later: (step: () => void) => void tasks.push(step), tasks };
}

/** Sets what `document.visibilityState` says (Node has no document). */
function page(visibilityState: 'visible' | 'hidden') {
  (globalThis as { document?: unknown }).document = { visibilityState };
}

describe('the Intl warm-up', () => {
  it('builds one kind of formatter per task, each kind once', () => {
    page('visible');
    built.clear();
    const { later, tasks } = queue();
    warmUpFormatters('fr', () => true, later);
    assert.equal(total(), 0, 'nothing is built before its task');
    const perTask: number[] = [];
    while (tasks.length) {
      const before = total();
      tasks.shift()!();
      perTask.push(total() - before);
    }
    assert.ok(
      perTask.every((n) => n <= 1),
      `built per task: ${perTask.join(', ')}`,
    );
    assert.deepEqual([...built.keys()].sort(), [
      'Collator',
      'DisplayNames',
      'ListFormat',
      'NumberFormat',
      'PluralRules',
    ]);
    // Asked again: nothing more to do.
    warmUpFormatters('fr', () => true, later);
    assert.equal(tasks.length, 0);
  });

  it('does not change what is shown', () => {
    const warmed = [
      format.countryName('fr', 'PE'),
      format.formatNumber('fr', 12345.5),
      format.formatList('fr', ['a', 'b', 'c']),
      format.pluralCategory('fr', 0),
      ['é', 'e', 'f', 'E'].sort(format.collator('fr', 'base').compare).join(''),
    ];
    assert.deepEqual(warmed, [
      new Intl.DisplayNames(['fr', 'en'], { type: 'region' }).of('PE'),
      new Intl.NumberFormat(['fr', 'en']).format(12345.5),
      new Intl.ListFormat(['fr', 'en'], { type: 'conjunction' }).format(['a', 'b', 'c']),
      new Intl.PluralRules(['fr', 'en']).select(0),
      ['é', 'e', 'f', 'E']
        .sort(new Intl.Collator(['fr', 'en'], { sensitivity: 'base' }).compare)
        .join(''),
    ]);
  });

  it('does not run while the page is hidden', () => {
    page('hidden');
    built.clear();
    const { later, tasks } = queue();
    warmUpFormatters('es', () => true, later);
    while (tasks.length) tasks.shift()!();
    assert.equal(total(), 0);
    // Shown again and asked again, it runs.
    page('visible');
    warmUpFormatters('es', () => true, later);
    while (tasks.length) tasks.shift()!();
    assert.ok(total() > 0);
  });

  it('stops when the element that asked is gone, and goes on for one still there', () => {
    page('visible');
    built.clear();
    const { later, tasks } = queue();
    let connected = true;
    warmUpFormatters('pt', () => connected, later);
    // The locale's data (not counted: an Intl.Locale), then the plural rules.
    tasks.shift()!();
    tasks.shift()!();
    assert.equal(total(), 1);
    connected = false;
    while (tasks.length) tasks.shift()!();
    assert.equal(total(), 1, 'nothing more once the element is gone');

    built.clear();
    let first = true;
    warmUpFormatters('de', () => first, later);
    warmUpFormatters('de', () => true, later);
    first = false;
    while (tasks.length) tasks.shift()!();
    assert.equal(built.get('DisplayNames'), 1, 'the second element still wants them');
  });
});
