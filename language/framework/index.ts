export * from './sources.js';
export * from './conceptions.js';
export * from './governance-types.js';
export * from './vocabulary.js';
export * from './phases.js';
export * from './regie.js';
export * from './inference-tables.js';
