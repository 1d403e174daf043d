import { expect } from '@open-wc/testing';
import {
  countryName,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  pluralCategory,
} from '../../src/i18n/format.js';

describe('formatNumber', () => {
  it('groups digits as each locale does', () => {
    for (const lang of ['es', 'en', 'pt', 'fr', 'es-MX']) {
      for (const n of [7, 1500, 15000, 1234567]) {
        expect(formatNumber(lang, n), `${lang} ${n}`).to.equal(
          new Intl.NumberFormat(lang).format(n),
        );
      }
    }
    expect(formatNumber('en', 1500)).to.equal('1,500');
  });

  it('falls back to English for an invalid or unknown tag, without throwing', () => {
    const english = new Intl.NumberFormat('en').format(15000);
    expect(formatNumber('', 15000)).to.equal(english);
    expect(formatNumber('not a tag!', 15000)).to.equal(english);
    expect(formatNumber('qu', 15000)).to.equal(new Intl.NumberFormat(['qu', 'en']).format(15000));
  });

  it('builds one formatter per locale and reuses it', () => {
    const Original = Intl.NumberFormat;
    let created = 0;
    // A counting stand-in; the cache is keyed by locale, so use a locale no other test asks for.
    const Counting = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      created += 1;
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = Counting;
    try {
      formatNumber('es-CO', 1);
      formatNumber('es-CO', 2000);
      formatNumber('es-CO', 3.5);
    } finally {
      Intl.NumberFormat = Original;
    }
    expect(created).to.equal(1);
  });
});

describe('formatPercent', () => {
  it('writes a share as a percentage in each locale', () => {
    for (const lang of ['es', 'en', 'pt', 'fr']) {
      const expected = new Intl.NumberFormat(lang, {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(0.125);
      expect(formatPercent(lang, 0.125), lang).to.equal(expected);
    }
    expect(formatPercent('en', 0.54)).to.equal('54%');
    expect(formatPercent('en', 0.125)).to.equal('12.5%');
  });

  it('rounds to the number of fraction digits asked for', () => {
    expect(formatPercent('en', 1 / 3)).to.equal('33.3%');
    expect(formatPercent('en', 1 / 3, 0)).to.equal('33%');
    expect(formatPercent('en', 1 / 3, 2)).to.equal('33.33%');
  });

  it('does not throw on an invalid tag or digit count', () => {
    expect(formatPercent('', 0.5)).to.equal('50%');
    expect(formatPercent('en', 0.5, -1)).to.equal('50%');
  });
});

describe('formatDate', () => {
  it('writes a feed date in each locale', () => {
    for (const lang of ['es', 'en', 'pt', 'fr']) {
      const expected = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2026, 10, 28),
      );
      expect(formatDate(lang, '2026-11-28'), lang).to.equal(expected);
    }
    expect(formatDate('en', '2026-11-28')).to.equal('November 28, 2026');
  });

  it('never shifts the day, whatever the time zone', () => {
    // A time-zone shift shows up on the first of the month as the last day of the previous one.
    expect(formatDate('en', '2026-01-01')).to.equal('January 1, 2026');
    expect(formatDate('es', '2026-03-01')).to.contain('1').and.contain('marzo');
  });

  it('takes a shorter style', () => {
    expect(formatDate('en', '2026-11-28', 'short')).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'short', timeZone: 'UTC' }).format(
        Date.UTC(2026, 10, 28),
      ),
    );
  });

  it('returns anything that is not a calendar date as written', () => {
    expect(formatDate('en', '2026-02-30')).to.equal('2026-02-30');
    expect(formatDate('en', '2026-13-01')).to.equal('2026-13-01');
    expect(formatDate('en', '28/11/2026')).to.equal('28/11/2026');
    expect(formatDate('en', '')).to.equal('');
  });
});

describe('countryName', () => {
  it('names a country in each interface language', () => {
    expect(countryName('es', 'PE')).to.equal('Perú');
    expect(countryName('en', 'PE')).to.equal('Peru');
    expect(countryName('pt', 'PE')).to.equal('Peru');
    expect(countryName('fr', 'PE')).to.equal('Pérou');
    expect(countryName('pt-BR', 'BR')).to.equal('Brasil');
  });

  it('accepts a lower-case code', () => {
    expect(countryName('en', 'pe')).to.equal('Peru');
  });

  it('returns the code when there is no name for it', () => {
    expect(countryName('es', 'QQ')).to.equal('QQ');
    expect(countryName('es', 'X')).to.equal('X');
    expect(countryName('es', 'PER')).to.equal('PER');
    expect(countryName('not a tag!', 'QQ')).to.equal('QQ');
  });

  it('returns the code when the browser has no Intl.DisplayNames', () => {
    const original = Intl.DisplayNames;
    // Remove the API for this call; the cache is keyed by locale, so use one no other test asks for.
    (Intl as { DisplayNames?: unknown }).DisplayNames = undefined;
    try {
      expect(countryName('fr-BE', 'PE')).to.equal('PE');
    } finally {
      (Intl as { DisplayNames?: unknown }).DisplayNames = original;
    }
  });
});

describe('formatList', () => {
  it('joins items as each language does', () => {
    for (const lang of ['es', 'en', 'pt', 'fr']) {
      const expected = new Intl.ListFormat(lang, { type: 'conjunction' }).format(['A', 'B', 'C']);
      expect(formatList(lang, ['A', 'B', 'C']), lang).to.equal(expected);
    }
    expect(formatList('es', ['Bolivia', 'Ecuador', 'Argentina'])).to.equal(
      'Bolivia, Ecuador y Argentina',
    );
  });

  it('handles one item and none', () => {
    expect(formatList('en', ['Peru'])).to.equal('Peru');
    expect(formatList('en', [])).to.equal('');
  });

  it('joins with commas when the browser has no Intl.ListFormat', () => {
    const original = Intl.ListFormat;
    (Intl as { ListFormat?: unknown }).ListFormat = undefined;
    try {
      expect(formatList('pt-AO', ['A', 'B'])).to.equal('A, B');
    } finally {
      (Intl as { ListFormat?: unknown }).ListFormat = original;
    }
  });
});

describe('pluralCategory', () => {
  it("follows Intl's plural rules", () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 0)).to.equal('other');
    expect(pluralCategory('fr', 0)).to.equal('one');
    expect(pluralCategory('', 1)).to.equal('one');
  });
});
