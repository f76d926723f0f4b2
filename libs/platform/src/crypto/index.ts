export * from './blind-index.js';
export * from './envelope-cipher.js';
export * from './password-hasher.js';
export * from './receipt.js';
export * from './tokens.js';
export * from './case-cipher.service.js';
