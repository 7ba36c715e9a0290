import { GESTART_NOTIFICATIE } from './browser-protocol.js';

// Imported first by main-browser.ts, so it runs before the rest of the bundle: the page hears that
// the worker's script runs as early as possible (see web/main.ts).
(self as unknown as { postMessage(m: unknown): void }).postMessage({ jsonrpc: '2.0', method: GESTART_NOTIFICATIE });
