import { defineElement } from '../shared/define-element.js';
import { PracticeFeed } from './practice-feed.js';

defineElement('practice-feed', PracticeFeed);

declare global {
  interface HTMLElementTagNameMap {
    'practice-feed': PracticeFeed;
  }
}
