export * from './catalogue.js';
export * from './languages.js';
export * from './translator.js';
