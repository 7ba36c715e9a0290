// Modules the web build (scripts/web.ts) makes while bundling.

/** The language server (server/main-browser.ts), bundled, as source text for a blob: Worker. */
declare module 'sturing:server' {
    const code: string;
    export default code;
}

/** Monaco's editor worker, bundled, as source text for a blob: Worker. */
declare module 'sturing:editor-worker' {
    const code: string;
    export default code;
}

/** The Word export (web/word-worker.ts), bundled, as source text for a blob: Worker started on first use. */
declare module 'sturing:word-worker' {
    const code: string;
    export default code;
}

/** examples/*.sturing, Voorbeeldstad first. */
declare module 'sturing:voorbeelden' {
    const voorbeelden: Array<{ naam: string; titel: string; tekst: string }>;
    export default voorbeelden;
}

/** The page's stylesheet: esbuild puts it, with Monaco's, into sturing.css. */
declare module '*.css';

declare module 'sturing:monaco-nl' {
    /** Monaco's messages in Dutch, by message number (see web/monaco-nl.ts). */
    const berichten: Record<string, string>;
    export default berichten;
}
