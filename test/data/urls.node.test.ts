import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { safeUrl } from '../../src/data/urls.js';

const BASE = 'https://data.example/catalogue/practices.json';

describe('safeUrl', () => {
  it('keeps absolute http and https URLs, as the URL parser prints them', () => {
    assert.equal(safeUrl('https://example.org/a?b=1#c'), 'https://example.org/a?b=1#c');
    assert.equal(safeUrl('http://example.org'), 'http://example.org/');
    assert.equal(safeUrl('HTTPS://Example.ORG/Path'), 'https://example.org/Path');
    assert.equal(safeUrl('https://example.org:443/x'), 'https://example.org/x');
    assert.equal(safeUrl('https://example.org/a/../b/./c'), 'https://example.org/b/c');
    assert.equal(safeUrl('https://bücher.example/'), 'https://xn--bcher-kva.example/');
    assert.equal(safeUrl('https://example.org/my page'), 'https://example.org/my%20page');
    assert.equal(safeUrl('  https://example.org/trimmed  '), 'https://example.org/trimmed');
  });

  it('resolves relative URLs against the feed address', () => {
    assert.equal(safeUrl('images/a.png', BASE), 'https://data.example/catalogue/images/a.png');
    assert.equal(safeUrl('../about.html', BASE), 'https://data.example/about.html');
    assert.equal(safeUrl('/', BASE), 'https://data.example/');
    assert.equal(safeUrl('//cdn.example/x.png', BASE), 'https://cdn.example/x.png');
    assert.equal(safeUrl('?page=2', BASE), 'https://data.example/catalogue/practices.json?page=2');
    assert.equal(safeUrl('https://other.example/', BASE), 'https://other.example/');
  });

  it('refuses relative URLs when the feed address is unknown or unusable', () => {
    assert.equal(safeUrl('images/a.png'), undefined);
    assert.equal(safeUrl('/about'), undefined);
    assert.equal(safeUrl('images/a.png', 'not a url'), undefined);
    assert.equal(safeUrl('https://example.org/', 'not a url'), 'https://example.org/');
  });

  it('refuses relative URLs that resolve to another scheme', () => {
    assert.equal(safeUrl('a.png', 'file:///home/feed.json'), undefined);
  });

  it('refuses script, data and other schemes, however they are written', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:someone@example.org',
      'ftp://example.org/file',
      'file:///etc/passwd',
      'blob:https://example.org/1234',
    ]) {
      assert.equal(safeUrl(value, BASE), undefined, JSON.stringify(value));
    }
  });

  it('refuses malformed URLs, empty strings and non-strings', () => {
    for (const value of [
      'https://exa mple.org/',
      'http://',
      'https://[::1',
      'http://example.org:99999/',
      '',
      '   ',
      42,
      null,
      undefined,
      { href: 'https://example.org/' },
      ['https://example.org/'],
    ]) {
      assert.equal(safeUrl(value, BASE), undefined, String(value));
    }
  });

  it('gives exactly what the URL parser gives, for every URL it keeps', () => {
    // The shortcut for plain absolute URLs must never disagree with the parser.
    const parts = {
      scheme: ['http://', 'https://', 'HTTP://', 'hTTps://'],
      host: [
        'example.org',
        'a.b.c',
        'xn--p1ai.example',
        'www.xn--bcher-kva.example',
        '1.2.3.4',
        '0x7f.1',
        'example.org.',
        'a..b',
        'EXAMPLE.org',
        'ex-ample.org',
        '-a.org',
        'a.0x1',
        'user@example.org',
        'example.org:80',
        'example.org:443',
        'example.org:8080',
        'localhost',
      ],
      path: [
        '',
        '/',
        '/a',
        '/a/',
        '/./a',
        '/../a',
        '/a/..',
        '/a/.',
        '/.well-known/x',
        '/%2e/a',
        '/%2E%2e/a',
        '/a%20b',
        "/it's",
        '/a b',
        '/a\\b',
        '/~user/',
        '/a;b=c',
        '/(x)',
        '//a',
        '/a:b@c',
        '/é',
        '/a`b',
        '/{x}',
        '/"q"',
        '/<x>',
        '/a|b',
        '/a^b',
      ],
      query: [
        '',
        '?',
        '?a=1&b=2',
        '?q=a/b?c',
        "?q='x'",
        '?q=a b',
        '?q="x"',
        '?q=<x>',
        '?q=é',
        '?q=`x`',
      ],
      fragment: ['', '#', '#top', '#a/b?c', '#a b', '#`x`', '#"x"', '#é', "#it's"],
    };
    let seeded = 7;
    const pick = <T>(list: readonly T[]): T => {
      seeded = (seeded * 1103515245 + 12345) % 2147483648;
      return list[seeded % list.length]!;
    };
    for (let i = 0; i < 3000; i++) {
      const value =
        pick(parts.scheme) +
        pick(parts.host) +
        pick(parts.path) +
        pick(parts.query) +
        pick(parts.fragment);
      let expected: string | undefined;
      try {
        expected = new URL(value).href;
      } catch {
        expected = undefined;
      }
      assert.equal(safeUrl(value), expected, value);
    }
  });
});
