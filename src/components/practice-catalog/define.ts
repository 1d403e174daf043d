import { defineElement } from '../shared/define-element.js';
// The catalogue is made of the other elements.
import '../practice-feed/define.js';
import '../practice-filters/define.js';
import '../practice-map/define.js';
import '../practice-stats/define.js';
import '../practice-list/define.js';
import { PracticeCatalog } from './practice-catalog.js';

defineElement('practice-catalog', PracticeCatalog);
