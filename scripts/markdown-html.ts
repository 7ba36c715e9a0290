import { esc } from '../language/summary/escape.js';
import { markdownAlsHtml } from '../language/summary/markdown-html.js';

/** The Markdown subset renderer lives in language/summary/ (the explanation per gemeente uses it too); the build imports it from here. */
export { markdownAlsHtml };

/** A rendered page with a small stylesheet that follows the system's light or dark mode. */
export function htmlPagina(titel: string, inhoud: string, terug?: { href: string; tekst: string }): string {
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
<title>${esc(titel)}</title>
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --vlak: #f6f8fa; --rand: #d0d7de; --accent: #0b62c4; }
@media (prefers-color-scheme: dark) { :root { --fg: #d4d4d4; --bg: #1e1e1e; --vlak: #252526; --rand: #3c3c3c; --accent: #4daafc; } }
body { margin: 0 auto; max-width: 56rem; padding: 1.5rem; color: var(--fg); background: var(--bg); font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; }
a { color: var(--accent); }
code { background: var(--vlak); padding: 0 .2em; border-radius: 3px; }
pre { background: var(--vlak); border: 1px solid var(--rand); padding: .75rem 1rem; overflow-x: auto; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: .75rem 0; }
th, td { border: 1px solid var(--rand); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--vlak); }
nav { margin-bottom: 1rem; }
</style>
</head>
<body>
${terug ? `<nav><a href="${esc(terug.href)}">${esc(terug.tekst)}</a></nav>\n` : ''}<main>
${inhoud}
</main>
</body>
</html>
`;
}
