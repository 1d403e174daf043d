import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { practicePageUrl, readPracticeUrl } from '../../src/data/practice-url.js';

describe('readPracticeUrl', () => {
  it('keeps relative and http(s) templates that name {id}, trimmed', () => {
    for (const template of [
      '/es/{id}/',
      '{id}/',
      '../{id}/',
      '?practice={id}',
      '#{id}',
      '//catalogue.example/es/{id}/',
      'https://catalogue.example/es/{id}/',
      'HTTP://catalogue.example/{id}.html',
    ]) {
      assert.equal(readPracticeUrl(template), template);
    }
    assert.equal(readPracticeUrl('  /pt/{id}/ \n'), '/pt/{id}/');
  });

  it('refuses other schemes, however they are written', () => {
    for (const template of [
      'javascript:alert({id})',
      'JavaScript:void("{id}")',
      ' javascript:{id}',
      'java\tscript:{id}',
      'java\nscript:alert({id})',
      'data:text/html,{id}',
      'vbscript:{id}',
      'file:///etc/{id}',
      'ftp://host/{id}',
      'mailto:someone@example.org?subject={id}',
      '{id}:alert(1)',
      'java{id}:alert(1)',
    ]) {
      assert.equal(readPracticeUrl(template), undefined, template);
    }
  });

  it('refuses markup, quotes, control characters, no {id}, and what is not a string', () => {
    for (const value of [
      '"><script>alert(1)</script>{id}',
      '/es/{id}/"onmouseover="alert(1)',
      "/es/{id}/'",
      '/es/<b>{id}</b>/',
      '/es/{id}/\u0000',
      '/es/practice/',
      '',
      '   ',
      undefined,
      null,
      42,
      { toString: () => '/es/{id}/' },
    ]) {
      assert.equal(readPracticeUrl(value), undefined, String(value));
    }
  });
});

describe('practicePageUrl', () => {
  it('writes the id, percent-encoded, wherever the template names it', () => {
    assert.equal(practicePageUrl('/es/{id}/', 'digital-seed'), '/es/digital-seed/');
    assert.equal(practicePageUrl('{id}/#{id}', 'a b/c?d'), 'a%20b%2Fc%3Fd/#a%20b%2Fc%3Fd');
    assert.equal(practicePageUrl('/x/{id}', 'javascript:alert(1)'), '/x/javascript%3Aalert(1)');
    assert.equal(practicePageUrl('/x/{id}', '"><img>'), '/x/%22%3E%3Cimg%3E');
  });
});
