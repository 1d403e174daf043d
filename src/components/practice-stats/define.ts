import { defineElement } from '../shared/define-element.js';
import { PracticeStats } from './practice-stats.js';

defineElement('practice-stats', PracticeStats);
