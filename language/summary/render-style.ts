import { esc } from './escape.js';

/**
 * The stylesheet of the summary. It uses VS Code's theme variables where they exist (preview) and
 * falls back to a light, printable palette (exported HTML). No style attributes are used anywhere,
 * so a strict Content-Security-Policy with a nonce'd <style> is enough.
 */
export const STIJL = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --rand: var(--vscode-panel-border, #d0d7de);
  --zacht: var(--vscode-descriptionForeground, #57606a);
  --vlak: var(--vscode-editorWidget-background, #f6f8fa);
  --accent: var(--vscode-textLink-foreground, #0b62c4);
  --government: var(--vscode-charts-blue, #3b6fb6);
  --npm: var(--vscode-charts-orange, #b85c12);
  --governance: var(--vscode-charts-green, #2f7d4f);
  --fout: var(--vscode-errorForeground, #c62828);
  --waarschuwing: var(--vscode-editorWarning-foreground, #9a6700);
  --info: var(--vscode-editorInfo-foreground, #0b62c4);
  --hint: var(--vscode-descriptionForeground, #57606a);
}
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem 1.5rem 3rem; color: var(--fg); background: var(--bg);
  font-family: var(--vscode-font-family, "Segoe UI", system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
h1 { font-size: 1.4em; margin: 0 0 .25rem; }
h2 { font-size: 1.25em; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rand); }
h3 { font-size: 1em; margin: 1.25rem 0 .5rem; }
p, li { max-width: 70rem; }
.zacht { color: var(--zacht); }
.kop { display: flex; gap: 1rem; align-items: baseline; justify-content: space-between; flex-wrap: wrap; }
button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0b62c4);
  border: 1px solid var(--vscode-contrastBorder, transparent); padding: .3rem .8rem; cursor: pointer; }
button:focus { outline: 1px solid var(--vscode-focusBorder, #0b62c4); outline-offset: 2px; }
dl.feiten { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dl.feiten dt { color: var(--zacht); }
dl.feiten dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--vscode-contrastBorder, var(--rand)); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--vlak); }
td.gekozen { font-weight: 600; outline: 2px solid var(--accent); outline-offset: -2px; }
td.gekozen::before { content: "✓ "; color: var(--accent); }
.raster { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.kaart { border: 1px solid var(--vscode-contrastBorder, var(--rand)); padding: .75rem 1rem; background: var(--vlak); }
.kaart h4 { margin: 0 0 .25rem; }
svg { max-width: 100%; height: auto; }
svg text { fill: var(--fg); font-family: inherit; font-size: 13px; }
svg .vak { stroke: var(--vscode-contrastBorder, var(--rand)); stroke-width: 1.5; fill: var(--bg); }
svg .vak.o-government { fill: var(--government); fill-opacity: .18; stroke: var(--government); }
svg .vak.o-npm { fill: var(--npm); fill-opacity: .18; stroke: var(--npm); }
svg .vak.o-governance { fill: var(--governance); fill-opacity: .18; stroke: var(--governance); }
svg .vak.ontbreekt { stroke-dasharray: 6 4; fill: none; stroke: var(--fout); }
svg .pijl { stroke: var(--zacht); stroke-width: 1.5; fill: none; marker-end: url(#pijlpunt); }
svg .pijlpunt { fill: var(--zacht); }
svg .trede { fill: var(--vlak); stroke: var(--vscode-contrastBorder, var(--rand)); }
svg .trede.huidig { fill: var(--accent); fill-opacity: .3; stroke: var(--accent); }
svg .trede.ambitie { stroke: var(--governance); stroke-width: 3; stroke-dasharray: 5 3; }
svg .klein { font-size: 11px; fill: var(--zacht); }
svg .o-tekst-government { fill: var(--government); }
svg .o-tekst-npm { fill: var(--npm); }
svg .o-tekst-governance { fill: var(--governance); }
svg .o-tekst-ontbreekt { fill: var(--fout); }
.legenda span { margin-right: 1rem; }
.legenda .o-government { color: var(--government); }
.legenda .o-npm { color: var(--npm); }
.legenda .o-governance { color: var(--governance); }
ul.bevindingen { list-style: none; padding: 0; }
ul.bevindingen li { padding: .35rem .5rem; border-left: 3px solid var(--rand); margin: .25rem 0; }
ul.bevindingen li.fout { border-color: var(--fout); }
ul.bevindingen li.waarschuwing { border-color: var(--waarschuwing); }
ul.bevindingen li.info { border-color: var(--info); }
ul.bevindingen li.hint { border-color: var(--hint); }
ul.bevindingen .ernst { font-weight: 600; margin-right: .4rem; }
ul.bevindingen code { color: var(--zacht); }
.klikbaar [data-lijn] { cursor: pointer; }
.klikbaar [data-lijn]:hover { background: var(--vscode-list-hoverBackground, var(--vlak)); }
.klikbaar [data-lijn]:focus { outline: 1px solid var(--vscode-focusBorder, #0b62c4); }
th.sorteer { cursor: pointer; }
table.vergelijking tr.vervolg td:first-child { color: var(--zacht); }
table.ontwikkeling th.deze { text-decoration: underline; }
th.sorteer:focus { outline: 1px solid var(--vscode-focusBorder, #0b62c4); }
tr.open { cursor: pointer; }
tr.open:hover td { background: var(--vscode-list-hoverBackground, var(--vlak)); }
footer { margin-top: 3rem; color: var(--zacht); font-size: .9em; }
h4 { font-size: 1em; margin: 1rem 0 .35rem; }
h5 { font-size: 1em; margin: 0 0 .25rem; }
.titelblok { border-bottom: 2px solid var(--fg); margin-bottom: 1rem; }
.titelblok h2 { border: 0; margin-bottom: .25rem; }
.let-op { border-left: 3px solid var(--waarschuwing); padding-left: .5rem; }
table.samenvatting th { width: 16rem; font-weight: 600; }
ul.aanbevelingen li, ol.aanbevelingen li { margin: .35rem 0; }
.kort { border-left: 4px solid var(--accent); background: var(--vlak); padding: .25rem 1rem .5rem; margin: 1rem 0 1.5rem; }
.kort h2, .kort h3 { border: 0; margin-top: .5rem; }
sup.noot { font-size: .75em; line-height: 0; }
sup.noot a { color: var(--accent); text-decoration: none; padding: 0 .1em; }
ol.noten li { margin: .15rem 0; }
ol.noten li:target { background: var(--vscode-editor-findMatchHighlightBackground, #fff3a8); }
.kaart .kaartkop { font-weight: 600; margin: 0 0 .25rem; }
table.overzicht th, table.cyclus th[scope="row"] { font-weight: 600; white-space: nowrap; }
footer.colofon { border-top: 1px solid var(--rand); padding-top: .5rem; }
/* Print on A4, in black and white: every colour has a word or a line beside it, one municipality per page. */
@page { size: A4; margin: 18mm 16mm; }
@media print {
  :root { --fg: #000; --bg: #fff; --rand: #555; --zacht: #333; --vlak: #fff; --accent: #000;
    --government: #000; --npm: #000; --governance: #000; --fout: #000; --waarschuwing: #000; --info: #000; --hint: #555; }
  body { font-size: 10.5pt; padding: 0; }
  button { display: none; }
  section.gemeente + section.gemeente { break-before: page; }
  .bijlage { break-before: page; }
  sup.noot a { color: #000; }
  h2, h3, h4, h5 { break-after: avoid; }
  .kaart, table, svg, li { break-inside: avoid; }
  svg .vak.o-government { stroke-dasharray: 2 2; }
  svg .vak.o-npm { stroke-dasharray: 8 3; }
  td.gekozen { outline: 2px solid #000; }
}
`;

/**
 * The start of a page in the summary's style, up to and with </head>: Dutch, UTF-8, the given content
 * security policy, and one <style> (with the webview's nonce where there is one) holding the stylesheet
 * and what the page adds to it.
 */
export function paginaKop(titel: string, csp: string, stijlNonce: string | undefined, extraStijl = ''): string {
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)}</title>
<style${stijlNonce !== undefined ? ` nonce="${esc(stijlNonce)}"` : ''}>${STIJL}${extraStijl}</style>
</head>`;
}
