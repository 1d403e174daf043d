import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvToFeed, practicesToCsv } from '../../src/data/csv.js';
import { practicesToFeed } from '../../src/data/export.js';
import { EMPTY_FILTERS } from '../../src/data/facets.js';
import { queryFeed } from '../../src/data/query.js';
import { EMPTY_SCOPE } from '../../src/data/scope.js';
import { validateFeed } from '../../src/data/validate.js';
import { readableKeyword } from '../../src/data/vocabularies.js';
import { tagLabel } from '../../src/i18n/vocabulary-labels.js';
import { feed, practice } from './feed-helpers.js';

const LABELS = {
  'native-languages': {
    es: 'Lenguas originarias',
    en: 'Native languages',
    pt: 'Línguas originárias',
  },
  tablets: { es: 'Tabletas', fr: 'Tablettes' },
};

const labelled = () =>
  validateFeed(
    feed([practice({ tags: ['native-languages', 'tablets', '3d_printing'] })], {
      vocabularies: { tags: LABELS },
    }),
  );

describe('keyword labels', () => {
  it('reads the labels of tags from vocabularies.tags, without warnings', () => {
    const { feed: result, warnings } = labelled();
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      { ...result.vocabularies.tags['tablets'] },
      { es: 'Tabletas', fr: 'Tablettes' },
    );
    assert.equal(Object.getPrototypeOf(result.vocabularies.tags), null);
  });

  it('drops a label that is not a text, with a warning naming its path', () => {
    const { feed: result, warnings } = validateFeed(
      feed([practice({ tags: ['radio'] })], {
        vocabularies: { tags: { radio: 42, tv: { es: 'Televisión' } } },
      }),
    );
    assert.equal(result.vocabularies.tags['radio'], undefined);
    assert.deepEqual({ ...result.vocabularies.tags['tv'] }, { es: 'Televisión' });
    assert.deepEqual(
      warnings.map((w) => [w.path, w.code]),
      [['vocabularies.tags.radio', 'dropped-field']],
    );
  });

  it('a tag without a label is no warning', () => {
    const { warnings } = validateFeed(feed([practice({ tags: ['native-languages'] })]));
    assert.deepEqual(warnings, []);
  });

  it('labels a tag in the reader language, through the fallback chain', () => {
    const { feed: result } = labelled();
    assert.equal(tagLabel('es', 'native-languages', result), 'Lenguas originarias');
    assert.equal(tagLabel('pt-BR', 'native-languages', result), 'Línguas originárias');
    // No French label: the feed's language (es) is next in the chain.
    assert.equal(tagLabel('fr', 'native-languages', result), 'Lenguas originarias');
    assert.equal(tagLabel('fr', 'tablets', result), 'Tablettes');
  });

  it('shows a readable form of an unlabelled keyword, never the slug', () => {
    const { feed: result } = labelled();
    assert.equal(tagLabel('en', '3d_printing', result), '3d printing');
    assert.equal(tagLabel('es', 'native-languages'), 'Native languages');
    assert.equal(readableKeyword('robotics'), 'Robotics');
    assert.equal(readableKeyword('educación__a-distancia'), 'Educación a distancia');
    // Not a slug: already written for reading, shown as written.
    assert.equal(readableKeyword('Realidad aumentada'), 'Realidad aumentada');
    assert.equal(readableKeyword("${window.__x='a-b'}"), "${window.__x='a-b'}");
    assert.equal(readableKeyword('ñandutí'), 'Ñandutí');
    assert.equal(tagLabel('en', 'constructor', result), 'Constructor');
  });

  it('search finds a practice by the label of its tag', () => {
    const { feed: result } = labelled();
    assert.equal(
      queryFeed(result, EMPTY_SCOPE, { ...EMPTY_FILTERS, q: 'tabletas' }).practices.length,
      1,
    );
    assert.equal(
      queryFeed(result, EMPTY_SCOPE, { ...EMPTY_FILTERS, q: 'originarias' }).practices.length,
      1,
    );
    assert.equal(
      queryFeed(result, EMPTY_SCOPE, { ...EMPTY_FILTERS, q: 'satellite' }).practices.length,
      0,
    );
  });

  it('the JSON export keeps the labels', () => {
    const { feed: result } = labelled();
    const exported = practicesToFeed(result, result.practices);
    assert.deepEqual(exported.vocabularies?.tags, LABELS);
  });

  it('the CSV writes tags.<language> columns beside tags, which read back', () => {
    const { feed: result } = labelled();
    const csv = practicesToCsv(result.practices, result.language, {
      tagLabels: result.vocabularies.tags,
    });
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    const headers = header!.split(',');
    const tagsAt = headers.indexOf('tags');
    assert.deepEqual(headers.slice(tagsAt, tagsAt + 5), [
      'tags',
      'tags.es',
      'tags.en',
      'tags.pt',
      'tags.fr',
    ]);
    assert.ok(row!.includes('"Lenguas originarias; Tabletas; "'), row);
    assert.ok(row!.includes('"; Tablettes; "'), row);
    const back = csvToFeed(csv);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.feed.vocabularies?.tags, LABELS);
  });

  it('the CSV without labels writes no label columns', () => {
    const { feed: result } = validateFeed(feed([practice({ tags: ['radio'] })]));
    const csv = practicesToCsv(result.practices, result.language, {
      tagLabels: result.vocabularies.tags,
    });
    assert.ok(!csv.includes('tags.'));
  });

  it('reports a label with no keyword in its place, and a second label for a keyword', () => {
    const csv = [
      'id,title,countries,setting,tags,tags.en',
      'a,A,PE,rural,radio,Radio; Television',
      'b,B,PE,rural,radio,Broadcast radio',
    ].join('\n');
    const { feed: result, problems } = csvToFeed(csv);
    assert.deepEqual(result.vocabularies?.tags, { radio: { en: 'Radio' } });
    assert.deepEqual(
      problems.map((p) => [p.severity, p.row, p.column]),
      [
        ['warning', 2, 'tags.en'],
        ['warning', 3, 'tags.en'],
      ],
    );
    assert.match(problems[0]!.reason, /Television/);
    assert.match(problems[1]!.reason, /"Radio" in row 2/);
  });
});
