// Registers every element. <practice-feed> first, so that widgets inside it find it as they
// upgrade. When the page holds rendered HTML (declarative shadow DOM), the registrations wait
// for the hydration support, a chunk of its own (see hydration-gate.ts).
import './components/shared/hydration-gate.js';
import './components/practice-feed/define.js';
import './components/practice-card/define.js';
import './components/practice-list/define.js';
import './components/practice-filters/define.js';
import './components/practice-stats/define.js';
import './components/practice-map/define.js';
import './components/practice-catalog/define.js';
