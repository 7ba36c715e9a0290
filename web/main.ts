/// <reference lib="dom" />
// The browser page of Sturing. Everything is in this one bundle (no network at runtime), so
// dist/web/ works from any static web server and straight from disk (file://).
//
// Order matters for the first diagnostics. taalserver.ts creates the language server's Web Worker
// and opens the example in it. Starting a worker needs the page's thread for a moment, and Monaco's
// start-up (pagina.ts) holds that thread for a long stretch: so the page waits until the worker's
// script runs (at most a second), and then Monaco and the server start up side by side.
import { taalserver } from './taalserver.js';

const MAX_WACHTEN_MS = 1000;

void Promise.race([taalserver.levend, new Promise(resolve => setTimeout(resolve, MAX_WACHTEN_MS))])
    .then(() => import('./pagina.js'));
