import { validateFeed } from './src/data/validate.ts';
const which = process.argv[2];
const full = { id: 'x', title: { es: 'Semilla Digital', en: 'Digital Seed' }, summary: { en: 'Tablets' }, countries: ['CO'], place: 'Cauca',
    locations: [{ lat: 2.45, lon: -76.6 }], setting: 'rural', levels: ['primary', 'secondary'], objectives: ['digital-skills'],
    audiences: [{ en: 'indigenous communities' }], tags: ['tablets'], reach: { institutions: 30, participants: 3 }, criteria: { equity: { en: 'x' } }, url: 'https://example.org/a', organization: { name: 'x', type: 'school', url: 'https://e.org' }, image: { src: 'img.png', alt: 'A' } };
const min = { id: 'x', title: { es: 'Semilla Digital', en: 'Digital Seed' }, countries: ['CO'], setting: 'rural' };
const nourl = { ...full }; delete (nourl as any).url; delete (nourl as any).image; (nourl as any).organization = { name: 'x', type: 'school' };
const p = which === 'min' ? min : which === 'nourl' ? nourl : full;
const json = JSON.stringify({ version: 1, practices: Array.from({ length: 10000 }, (_, i) => ({ ...p, id: `p-${i}` })) });
const input = JSON.parse(json);
const t = performance.now(); const r = validateFeed(input, { baseUrl: 'https://data.example/feed.json' }); console.log(which, (performance.now() - t).toFixed(1), r.feed.practices.length);
