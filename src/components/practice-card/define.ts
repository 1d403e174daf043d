import { defineElement } from '../shared/define-element.js';
import { PracticeCard } from './practice-card.js';

defineElement('practice-card', PracticeCard);
