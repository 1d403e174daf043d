// The CDN entry: one module for a script tag, registering every element. The widgets already in
// the page start their feeds first (early-start.ts), while the rest is evaluated.
import './early-start.js';
import './define.js';
