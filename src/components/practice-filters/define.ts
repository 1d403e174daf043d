import { defineElement } from '../shared/define-element.js';
import { PracticeFilters } from './practice-filters.js';

defineElement('practice-filters', PracticeFilters);
