import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY_CODES, OAS_MEMBER_STATES, isCountryCode } from '../../src/data/countries.js';

describe('country codes', () => {
  it('holds the 249 officially assigned ISO 3166-1 alpha-2 codes, sorted and unique', () => {
    assert.equal(COUNTRY_CODES.length, 249);
    assert.equal(new Set(COUNTRY_CODES).size, 249);
    assert.deepEqual([...COUNTRY_CODES].sort(), [...COUNTRY_CODES]);
    for (const code of COUNTRY_CODES) assert.match(code, /^[A-Z]{2}$/);
  });

  it('has a region name in CLDR for every code, so no code is a typo', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const unnamed = COUNTRY_CODES.filter((code) => names.of(code) === code);
    assert.deepEqual(unnamed, []);
  });

  it('accepts upper-case assigned codes and nothing else', () => {
    for (const code of ['CO', 'BR', 'KN', 'BQ', 'SS', 'AQ', 'UM']) {
      assert.equal(isCountryCode(code), true, code);
    }
    // User-assigned (XK), reserved (UK, EU), withdrawn (AN, YU), lower case, padded, not strings.
    for (const value of ['XK', 'UK', 'EU', 'AN', 'YU', 'co', ' CO', 'COL', '', 57, null]) {
      assert.equal(isCountryCode(value), false, String(value));
    }
  });

  it('lists the 35 OAS member states, each a valid code', () => {
    assert.equal(OAS_MEMBER_STATES.length, 35);
    assert.equal(new Set(OAS_MEMBER_STATES).size, 35);
    for (const code of OAS_MEMBER_STATES) assert.equal(isCountryCode(code), true, code);
    for (const code of ['KN', 'LC', 'VC', 'AG', 'DM', 'GD', 'BB', 'BS', 'TT', 'CA', 'US']) {
      assert.ok((OAS_MEMBER_STATES as readonly string[]).includes(code), code);
    }
    for (const code of ['PR', 'GF', 'CW', 'ES']) {
      assert.ok(!(OAS_MEMBER_STATES as readonly string[]).includes(code), code);
    }
  });
});
