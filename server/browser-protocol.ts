/**
 * What the browser page (and the web extension) and the language server in the Web Worker agree on
 * beyond LSP itself. The summary requests are in language/summary/summary-types.ts.
 */

/**
 * Notification from the server, first thing when its script runs (before the services are built):
 * the page waits for it before it starts Monaco, so both start-ups run side by side.
 */
export const GESTART_NOTIFICATIE = 'sturing/gestart';

/** Notification: put a file in the server's in-memory file system (`tekst: null` removes it). */
export const BESTAND_NOTIFICATIE = 'sturing/bestand';

export interface BestandParams {
    uri: string;
    tekst: string | null;
}

/** `initializationOptions` of the worker. */
export interface BrowserStartOpties {
    /** Base address of the rule pages, ending in `/`; every finding links to `<base><id><extensie>`. */
    regelDocumentatie?: string;
    /** `.html` for the page's rendered rule pages, `.md` for the pages inside the web extension. */
    documentatieExtensie?: string;
}
