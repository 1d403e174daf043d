import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CRITERIA,
  LEVELS,
  OBJECTIVES,
  ORGANIZATION_TYPES,
  SETTINGS,
  VOCABULARIES,
  VOCABULARY_NAMES,
  isCriterion,
  isKnownValue,
  isLevel,
  isObjective,
  isOrganizationType,
  isSetting,
} from '../../src/data/vocabularies.js';

describe('vocabularies', () => {
  it('lists the values of the feed format, in its order', () => {
    assert.deepEqual(SETTINGS, ['urban', 'rural', 'both']);
    assert.deepEqual(LEVELS, [
      'early-childhood',
      'primary',
      'secondary',
      'higher',
      'adult',
      'non-formal',
    ]);
    assert.deepEqual(OBJECTIVES, [
      'digital-skills',
      'curriculum-enrichment',
      'inclusive-education',
      'teacher-training',
      'personalized-learning',
      'digital-citizenship',
    ]);
    assert.deepEqual(ORGANIZATION_TYPES, [
      'school',
      'government',
      'civil-society',
      'university',
      'international',
      'private',
      'other',
    ]);
    assert.deepEqual(CRITERIA, [
      'equity',
      'systematization',
      'replicability',
      'innovation',
      'sustainability',
      'community',
    ]);
  });

  it('keys every vocabulary by the name a feed uses under "vocabularies"', () => {
    assert.deepEqual(Object.keys(VOCABULARIES), [...VOCABULARY_NAMES]);
    assert.equal(VOCABULARIES.organizationTypes, ORGANIZATION_TYPES);
    assert.equal(VOCABULARIES.settings, SETTINGS);
  });

  it('recognizes known values only, exactly as written', () => {
    assert.equal(isKnownValue('levels', 'primary'), true);
    assert.equal(isKnownValue('levels', 'digital-skills'), false);
    assert.equal(isKnownValue('objectives', 'Digital-Skills'), false);
    assert.equal(isKnownValue('criteria', ' equity'), false);
    assert.equal(isKnownValue('settings', 42), false);
    assert.equal(isKnownValue('settings', 'constructor'), false);
    assert.equal(isSetting('both'), true);
    assert.equal(isSetting('suburban'), false);
    assert.equal(isLevel('non-formal'), true);
    assert.equal(isObjective('stem'), false);
    assert.equal(isOrganizationType('civil-society'), true);
    assert.equal(isCriterion('community'), true);
    assert.equal(isCriterion('__proto__'), false);
  });
});
