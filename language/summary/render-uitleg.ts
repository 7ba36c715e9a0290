import type { TypeUitleg } from '../presentation/type-uitleg.js';
import { markdownAlsHtml } from './markdown-html.js';
import { paginaKop } from './render-style.js';

export interface UitlegOpties {
    /** `tab`: a page of its own (the browser page opens it in a new tab). `webview`: the VS Code panel. */
    modus: 'tab' | 'webview';
    /** For the webview: the nonce of its one <style> element. */
    nonce?: string;
}

/**
 * "Meer uitleg" for one gemeente as a page, in the summary's stylesheet (so it follows the VS Code theme,
 * or prints plainly in a tab). No script: the only links are the one to the general explanation and the
 * rule pages, which the webview opens through a command and the tab as ordinary links.
 */
export function uitlegAlsHtml(u: TypeUitleg, opties: UitlegOpties): string {
    const webview = opties.modus === 'webview';
    const csp = webview ? `default-src 'none'; style-src 'nonce-${opties.nonce ?? ''}';` : `default-src 'none'; style-src 'unsafe-inline';`;
    const extra = `
main.uitleg { max-width: 62rem; }
main.uitleg h1 { margin-bottom: 1rem; }
main.uitleg code { background: var(--vlak); padding: 0 .2em; }
`;
    return `${paginaKop(u.titel, csp, webview ? opties.nonce ?? '' : undefined, extra)}
<body>
<main class="uitleg">
${markdownAlsHtml(u.markdown)}
</main>
</body>
</html>
`;
}
