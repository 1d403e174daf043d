import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { releaseChangelog, updateAddresses } from '../../scripts/release.mjs';

const CHANGELOG = `# Changelog

What changed.

## Unreleased

### Added

- React components.

## 0.1.0 - 2026-11-01

- First release.
`;

describe('the release script', () => {
  it('moves the Unreleased notes under the new version, leaving Unreleased empty', () => {
    assert.equal(
      releaseChangelog(CHANGELOG, '0.2.0', '2026-12-05'),
      `# Changelog

What changed.

## Unreleased

## 0.2.0 - 2026-12-05

### Added

- React components.

## 0.1.0 - 2026-11-01

- First release.
`,
    );
  });

  it('refuses to release nothing', () => {
    const released = releaseChangelog(CHANGELOG, '0.2.0', '2026-12-05');
    assert.throws(() => releaseChangelog(released, '0.2.1', '2026-12-06'), /nothing to release/);
  });

  it('moves versioned addresses to the new version, and nothing else', () => {
    const text =
      'https://cdn.jsdelivr.net/npm/practice-widgets@0.1.0/dist/cdn/practice-widgets.js ' +
      'https://unpkg.com/practice-widgets@0.1.0/dist/cdn/practice-widgets.js `@0.1.0` @0.1/';
    assert.equal(
      updateAddresses(text, '0.1.0', '0.2.0'),
      'https://cdn.jsdelivr.net/npm/practice-widgets@0.2.0/dist/cdn/practice-widgets.js ' +
        'https://unpkg.com/practice-widgets@0.2.0/dist/cdn/practice-widgets.js `@0.1.0` @0.1/',
    );
  });
});
