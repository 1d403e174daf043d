import { validateFeed } from './src/data/validate.ts';
const p = { id: 'x', title: { es: 'Semilla Digital', en: 'Digital Seed' }, summary: { en: 'Tablets' }, countries: ['CO'], place: 'Cauca',
    locations: [{ lat: 2.45, lon: -76.6 }], setting: 'rural', levels: ['primary', 'secondary'], objectives: ['digital-skills'],
    audiences: [{ en: 'indigenous communities' }], tags: ['tablets'], reach: { institutions: 30, participants: 3 }, criteria: { equity: { en: 'x' } }, url: 'https://example.org/a', organization: { name: 'x', type: 'school', url: 'https://e.org' }, image: { src: 'img.png', alt: 'A' } };
const json = JSON.stringify({ version: 1, practices: Array.from({ length: 10000 }, (_, i) => ({ ...p, id: `p-${i}` })) });
let t0 = performance.now(); const input = JSON.parse(json); console.log('parse', (performance.now() - t0).toFixed(1));
const times = [];
for (let k = 0; k < 30; k++) { const t = performance.now(); validateFeed(input, { baseUrl: 'https://data.example/feed.json' }); times.push(performance.now() - t); }
times.sort((a, b) => a - b); console.log('min', times[0].toFixed(1), 'median', times[15].toFixed(1), 'max', times[29].toFixed(1), 'first', );
