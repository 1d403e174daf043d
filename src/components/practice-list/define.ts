import { defineElement } from '../shared/define-element.js';
// The list shows its practices as <practice-card>s.
import '../practice-card/define.js';
import { PracticeList } from './practice-list.js';

defineElement('practice-list', PracticeList);
