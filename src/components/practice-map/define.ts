import { defineElement } from '../shared/define-element.js';
import { PracticeMap } from './practice-map.js';

defineElement('practice-map', PracticeMap);
