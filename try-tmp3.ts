import { validateFeed } from './src/data/validate.ts';
const p = { id: 'x', title: { es: 'Semilla Digital', en: 'Digital Seed' }, summary: { en: 'Tablets' }, countries: ['CO'], place: 'Cauca',
    locations: [{ lat: 2.45, lon: -76.6 }], setting: 'rural', levels: ['primary', 'secondary'], objectives: ['digital-skills'],
    audiences: [{ en: 'indigenous communities' }], tags: ['tablets'], reach: { institutions: 30, participants: 3 }, criteria: { equity: { en: 'x' } }, url: 'https://example.org/a', organization: { name: 'x', type: 'school', url: 'https://e.org' }, image: { src: 'img.png', alt: 'A' } };
const json = JSON.stringify({ version: 1, practices: Array.from({ length: 10000 }, (_, i) => ({ ...p, id: `p-${i}`, url: `https://example.org/p/${i}` })) });
const input = JSON.parse(json);
const t = performance.now(); const r = validateFeed(input, { baseUrl: 'https://data.example/feed.json' }); console.log('cold', (performance.now() - t).toFixed(1), r.feed.practices.length);
