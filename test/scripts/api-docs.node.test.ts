import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { END, START, apiSection, elementsOf, rewrite } from '../../scripts/api-docs.mjs';

const LANG = {
  name: 'lang',
  fieldName: 'lang',
  type: { text: 'string' },
  description: 'Language.',
  inheritedFrom: { name: 'SharedAttributes' },
};

/** An element as the analyzer writes one that extends a base class and uses a mixin. */
const ELEMENT = {
  kind: 'class',
  name: 'PracticeThing',
  tagName: 'practice-thing',
  customElement: true,
  attributes: [
    {
      name: 'page-size',
      fieldName: 'pageSize',
      type: { text: 'number' },
      description: 'Inherited, declared again below.',
      inheritedFrom: { name: 'Base' },
    },
    {
      name: 'src',
      fieldName: 'src',
      type: { text: 'string' },
      description: 'Feed URL.',
      inheritedFrom: { name: 'Base' },
    },
    {
      name: 'page-size',
      fieldName: 'pageSize',
      type: { text: 'number' },
      default: '12',
      description: 'Per page.',
    },
    {
      name: 'timeout',
      fieldName: 'timeout',
      type: { text: 'number' },
      default: 'DEFAULT_TIMEOUT_MS',
      description: 'Milliseconds (default 10000).',
    },
    // A mixin's attribute, as the analyzer lists it: once per class that applies the mixin.
    LANG,
    LANG,
  ],
  members: [
    {
      kind: 'field',
      name: 'pageSize',
      attribute: 'page-size',
      type: { text: 'number' },
      default: '12',
    },
    {
      kind: 'field',
      name: 'mode',
      type: { text: "'a' | 'b'" },
      default: "'a'",
      description: 'The mode.',
    },
    {
      kind: 'field',
      name: 'loaded',
      type: { text: 'Loaded | undefined' },
      readonly: true,
      description: 'As read.',
    },
    {
      kind: 'field',
      name: 'facetList',
      type: { text: 'string' },
      default: "DEFAULT_FACETS.join(',')",
      description: 'Facets.',
    },
    { kind: 'field', name: '_private', type: { text: 'string' }, description: 'Hidden.' },
    { kind: 'field', name: '[MARK]', type: { text: 'boolean' }, description: 'Hidden.' },
    { kind: 'field', name: 'secret', privacy: 'private', description: 'Hidden.' },
    { kind: 'method', name: 'reload', description: 'Asks again.', inheritedFrom: { name: 'Base' } },
    {
      kind: 'method',
      name: 'setMode',
      parameters: [{ name: 'mode', type: { text: 'string' } }],
      description: 'Sets it.',
    },
  ],
  events: [{ name: 'thing-load', type: { text: 'ThingLoadEvent' }, description: 'Loaded.' }],
  cssParts: [{ name: 'box', description: 'The box.' }],
  cssProperties: [{ name: '--practice-accent', description: 'Accent.' }],
};

describe('the API tables written from the manifest', () => {
  const section = apiSection(ELEMENT);
  const lines = section.split('\n');

  it('lists own attributes first, then inherited ones (base class or mixin) once each, marked', () => {
    const rows = lines.filter((line) => /^\| `[a-z-]+` \| `/.test(line)).slice(0, 4);
    assert.deepEqual(
      rows.map((row) => row.split(' | ')[0]),
      ['| `page-size`', '| `timeout`', '| `src`', '| `lang`'],
    );
    assert.match(rows[2]!, /Feed URL\. \(from `Base`\)/);
    assert.match(rows[3]!, /\(from `SharedAttributes`\)/);
  });

  it('gives literal defaults, leaves a constant name to the description, and escapes pipes', () => {
    assert.ok(lines.includes('| `page-size` | `pageSize` | `number` | `12` | Per page. |'));
    assert.ok(
      lines.includes('| `timeout` | `timeout` | `number` |  | Milliseconds (default 10000). |'),
    );
    assert.ok(lines.includes("| `mode` | `'a' \\| 'b'` | `'a'` | The mode. |"));
    assert.ok(lines.includes('| `facetList` | `string` |  | Facets. |'));
  });

  it('lists properties without an attribute, methods, events, parts and tokens; no private member', () => {
    assert.ok(lines.includes('| `loaded` (read-only) | `Loaded \\| undefined` |  | As read. |'));
    assert.ok(lines.includes('| `setMode(mode: string)` | Sets it. |'));
    assert.ok(lines.includes('| `reload()` | Asks again. (from `Base`) |'));
    assert.ok(lines.includes('| `thing-load` | `ThingLoadEvent` | Loaded. |'));
    assert.ok(lines.includes('| `box` | The box. |'));
    assert.ok(lines.includes('| `--practice-accent` | Accent. |'));
    for (const hidden of ['_private', '[MARK]', 'secret']) {
      assert.ok(!section.includes(hidden), hidden);
    }
    assert.ok(!lines.includes('### Slots'));
  });

  it('finds elements by tag in a manifest', () => {
    const manifest = { modules: [{ declarations: [ELEMENT, { kind: 'class', name: 'Helper' }] }] };
    assert.deepEqual([...elementsOf(manifest).keys()], ['practice-thing']);
  });

  it('rewrites only what lies between the markers, and refuses a page without them', () => {
    const page = `# Title\n\nProse.\n\n${START}\n\nold table\n\n${END}\n\nMore prose.\n`;
    assert.equal(
      rewrite(page, 'new table'),
      `# Title\n\nProse.\n\n${START}\n\nnew table\n\n${END}\n\nMore prose.\n`,
    );
    assert.throws(() => rewrite('# Title\n', 'new table'), /no marker comments/);
  });
});
