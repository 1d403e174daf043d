// The CDN entry: one module for a script tag, registering every element.
import './define.js';
