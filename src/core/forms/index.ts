export * from './draft-store.js';
export * from './error-summary.js';
export * from './fields.js';
export * from './form-controller.js';
export * from './idempotency.js';
export * from './server-errors.js';
export * from './validators.js';
