export * from './receipt-throttle.service.js';
export * from './reporter-channel.service.js';
