export * from './practice-feed-load-event.js';
export * from './practice-feed-error-event.js';
export * from './practice-select-event.js';
export * from './practice-filter-change-event.js';
