const p = { id: 'x', title: { es: 'Semilla Digital', en: 'Digital Seed' }, summary: { en: 'Tablets' }, countries: ['CO'], place: 'Cauca',
    locations: [{ lat: 2.45, lon: -76.6 }], setting: 'rural', levels: ['primary', 'secondary'], objectives: ['digital-skills'],
    audiences: [{ en: 'indigenous communities' }], tags: ['tablets'], reach: { institutions: 30, participants: 3 }, criteria: { equity: { en: 'x' } }, url: 'https://example.org/a', organization: { name: 'x', type: 'school', url: 'https://e.org' }, image: { src: 'img.png', alt: 'A' } };
const json = JSON.stringify({ version: 1, practices: Array.from({ length: 10000 }, (_, i) => ({ ...p, id: `p-${i}` })) });
const input = JSON.parse(json);
function copy(v: any): any { if (Array.isArray(v)) return v.map(copy); if (v && typeof v === 'object') { const o: any = {}; for (const k of Object.keys(v)) o[k] = copy(v[k]); return o; } return typeof v === 'string' ? v.trim() : v; }
const times: number[] = [];
for (let k = 0; k < 30; k++) { const t = performance.now(); copy(input); times.push(performance.now() - t); }
times.sort((a, b) => a - b); console.log('copy min', times[0].toFixed(1), 'median', times[15].toFixed(1));
const t2: number[] = [];
for (let k = 0; k < 30; k++) { const t = performance.now(); for (let i = 0; i < 30000; i++) new URL('https://example.org/a'); t2.push(performance.now() - t); }
t2.sort((a, b) => a - b); console.log('url30k min', t2[0].toFixed(1), 'median', t2[15].toFixed(1));
