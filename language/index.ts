import './node20-polyfill.js';
export * from './sturing-module.js';
export * from './generated/ast.js';
export * from './framework/index.js';
