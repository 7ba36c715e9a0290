/// <reference lib="dom" />
// The page: Monaco on the left, the live summary on the right, the toolbar above. main.ts starts
// the language server first and then runs this module.
// First: Monaco's Dutch messages, before any Monaco module reads its labels.
import './monaco-taal.js';
import { alsWorker, eersteVoorbeeld, taalserver, WERKMAP } from './taalserver.js';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/suggest/register';
// features/suggest/register (0.57) leaves out the suggest widget itself; editor.main imports it like this.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import editorWorkerCode from 'sturing:editor-worker';
import wordWorkerCode from 'sturing:word-worker';
import voorbeelden from 'sturing:voorbeelden';
import { samenvattingAlsHtml, samenvattingInhoud } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown } from '../language/summary/render-markdown.js';
import { uitlegAlsHtml } from '../language/summary/render-uitleg.js';
import { SAMENVATTING_VERZOEK, TYPE_UITLEG_OPDRACHT, TYPE_UITLEG_VERZOEK, type Samenvatting, type TypeUitleg, type TypeUitlegParams } from '../language/summary/summary-types.js';
import { bouwMonarch } from '../language/textmate.js';
import { BESTAND_NOTIFICATIE, type BestandParams } from '../server/browser-protocol.js';
import { download, openBestand, slaOp, type BestandsHandvat } from './bestanden.js';
import { taalConfiguratie } from './taalconfiguratie.js';
import { SturingClient } from './lsp-client.js';
import { THEMAS, type ThemaNaam } from './thema.js';
import './style.css';

const TAAL = 'sturing';
const CONFIG_URI = monaco.Uri.file(WERKMAP + 'sturing.json').toString();
const VERTRAGING_MS = 300;

function element<T extends HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
}

const ui = {
    open: element<HTMLButtonElement>('open'),
    opslaan: element<HTMLButtonElement>('opslaan'),
    voorbeeld: element<HTMLSelectElement>('voorbeeld'),
    exportHtml: element<HTMLButtonElement>('export-html'),
    exportWord: element<HTMLButtonElement>('export-word'),
    exportMarkdown: element<HTMLButtonElement>('export-markdown'),
    bestand: element<HTMLSpanElement>('bestand'),
    status: element<HTMLSpanElement>('status'),
    editor: element<HTMLDivElement>('editor'),
    samenvatting: element<HTMLIFrameElement>('samenvatting')
};

function status(tekst: string): void {
    ui.status.textContent = tekst;
}

// Monaco's own worker (word ranges, links) from the bundle too.
(globalThis as { MonacoEnvironment?: monaco.Environment }).MonacoEnvironment = { getWorker: () => alsWorker(editorWorkerCode, 'monaco-editor') };

monaco.languages.register({ id: TAAL, extensions: ['.sturing'], aliases: ['Sturing'] });
monaco.languages.setMonarchTokensProvider(TAAL, bouwMonarch() as monaco.languages.IMonarchLanguage);
monaco.languages.setLanguageConfiguration(TAAL, taalConfiguratie(monaco));
for (const [naam, thema] of Object.entries(THEMAS)) monaco.editor.defineTheme(naam, thema);

// The rule pages that the findings link to (regels/<id>.html) open in a new tab, also when the page
// itself was opened from disk (Monaco's own opener only follows http and https links).
const PAGINAS = new URL('.', location.href).href;
monaco.editor.registerLinkOpener({
    open(uri) {
        const adres = uri.toString(true);
        if (!adres.startsWith(PAGINAS)) return false;
        window.open(adres, '_blank', 'noopener');
        return true;
    }
});

// "Meer uitleg" under the hover on a gemeente: the whole reasoning, in a tab of its own like the rule pages.
// The tab opens at the click (a browser allows that only then) and gets its page when the server answers.
monaco.editor.registerCommand(TYPE_UITLEG_OPDRACHT, (_accessor, uri: unknown, gemeente: unknown) => void toonTypeUitleg(uri, gemeente));

async function toonTypeUitleg(uri: unknown, gemeente: unknown): Promise<void> {
    if (typeof uri !== 'string' || typeof gemeente !== 'string') return;
    const venster = window.open('', '_blank');
    // The hover the link was in goes: coming back to the page, the keys belong to the editor again, not to a hover
    // that lost the focus to the new tab.
    editor.trigger('meer-uitleg', 'editor.action.hideHover', null);
    const params: TypeUitlegParams = { uri, gemeente, algemeen: new URL('hoe-sturing-het-governancetype-bepaalt.html', PAGINAS).href };
    try {
        const uitleg = await client.verzoek<TypeUitleg | null>(TYPE_UITLEG_VERZOEK, params, uri);
        if (!uitleg) throw new Error(`gemeente ${gemeente} staat niet (meer) in het bestand`);
        if (!venster) {
            status('De uitleg opent in een nieuw tabblad; sta pop-ups voor deze pagina toe en probeer het opnieuw.');
            return;
        }
        venster.document.open();
        venster.document.write(uitlegAlsHtml(uitleg, { modus: 'tab' }));
        venster.document.close();
        venster.opener = null;
    } catch (err) {
        venster?.close();
        status(`De uitleg kon niet gemaakt worden: ${(err as Error)?.message ?? err}`);
    }
}

const donker = window.matchMedia('(prefers-color-scheme: dark)');
const themaNaam = (): ThemaNaam => donker.matches ? 'sturing-donker' : 'sturing-licht';
donker.addEventListener('change', () => monaco.editor.setTheme(themaNaam()));

const editor = monaco.editor.create(ui.editor, {
    theme: themaNaam(),
    automaticLayout: true,
    minimap: { enabled: false },
    // Long comment lines wrap: no sideways scrolling for people who rarely edit code.
    wordWrap: 'on',
    // Only what the language server suggests: the words already in the file would drown it.
    wordBasedSuggestions: 'off',
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    fixedOverflowWidgets: true,
    ariaLabel: 'Sturingsontwerp'
});

// ---- the language server ----------------------------------------------------------------------

let eersteDiagnostiek = true;
const client = new SturingClient(taalserver, TAAL, {
    diagnostiek(uri, diagnostics) {
        if (uri === CONFIG_URI) {
            configProblemen = diagnostics.map(d => typeof d.message === 'string' ? d.message : d.message.value);
            toonTelling();
        }
        if (uri !== huidig?.model.uri.toString()) return;
        if (eersteDiagnostiek) {
            eersteDiagnostiek = false;
            performance.mark('sturing:eerste-diagnostiek');
        }
        telling = { fout: 0, waarschuwing: 0, melding: 0 };
        for (const d of diagnostics) {
            if (d.severity === 1) telling.fout++;
            else if (d.severity === 2) telling.waarschuwing++;
            else telling.melding++;
        }
        toonTelling();
        samenvattingLater();
    },
    bericht(tekst) {
        status(tekst);
    }
});

let telling: { fout: number; waarschuwing: number; melding: number } | undefined;
let configProblemen: string[] = [];
/** The name of the sturing.json the user opened, if any: its severities apply. */
let configNaam: string | undefined;

function meervoud(n: number, een: string, meer: string): string {
    return `${n} ${n === 1 ? een : meer}`;
}

function toonTelling(): void {
    if (!telling) return;
    const delen = [meervoud(telling.fout, 'fout', 'fouten'), meervoud(telling.waarschuwing, 'waarschuwing', 'waarschuwingen'), meervoud(telling.melding, 'melding', 'meldingen')];
    const config = !configNaam ? ''
        : configProblemen.length ? ` Regelinstellingen uit ${configNaam}: ${configProblemen[0]}${configProblemen.length > 1 ? ` (en ${configProblemen.length - 1} meer)` : ''}`
            : ` Met de regelinstellingen uit ${configNaam}.`;
    status(`Gecontroleerd: ${delen.join(', ')}.${config}`);
}

// ---- the document -----------------------------------------------------------------------------

interface Huidig {
    naam: string;
    model: monaco.editor.ITextModel;
    volger: monaco.IDisposable;
    handvat?: BestandsHandvat;
    opgeslagen: number;
}

let huidig: Huidig | undefined;

function gewijzigd(): boolean {
    return !!huidig && huidig.model.getAlternativeVersionId() !== huidig.opgeslagen;
}

function toonNaam(): void {
    if (!huidig) return;
    ui.bestand.textContent = huidig.naam + (gewijzigd() ? ' (gewijzigd)' : '');
    document.title = `${huidig.naam} — Sturing`;
}

function laad(naam: string, tekst: string, handvat?: BestandsHandvat): void {
    huidig?.volger.dispose();
    huidig?.model.dispose();
    const model = monaco.editor.createModel(tekst, TAAL, monaco.Uri.file(WERKMAP + naam));
    editor.setModel(model);
    huidig = { naam, model, volger: { dispose: () => undefined }, handvat, opgeslagen: model.getAlternativeVersionId() };
    huidig.volger = client.volg(model);
    model.onDidChangeContent(() => toonNaam());
    telling = undefined;
    // The summary of the previous file is no longer the one to show or export.
    laatste = undefined;
    geladen = false;
    vraagNummer++;
    toonNaam();
    editor.focus();
}

function magWeg(): boolean {
    return !gewijzigd() || window.confirm(`${huidig!.naam} heeft wijzigingen die nog niet zijn opgeslagen. Toch een ander bestand openen?`);
}

async function openen(): Promise<void> {
    const bestand = await openBestand();
    if (!bestand) return;
    if (bestand.naam.toLowerCase().endsWith('.json')) {
        const params: BestandParams = { uri: CONFIG_URI, tekst: bestand.tekst };
        configProblemen = [];
        configNaam = bestand.naam;
        await client.melding(BESTAND_NOTIFICATIE, params);
        status(`De regelinstellingen uit ${bestand.naam} gelden nu voor dit ontwerp.`);
        return;
    }
    if (magWeg()) laad(bestand.naam, bestand.tekst, bestand.handvat);
}

async function opslaan(): Promise<void> {
    if (!huidig) return;
    const doel = huidig;
    try {
        const { handvat, opgeslagen } = await slaOp(doel.naam, doel.model.getValue(), doel.handvat);
        if (!opgeslagen) return;
        doel.handvat = handvat;
        doel.opgeslagen = doel.model.getAlternativeVersionId();
        toonNaam();
        status(handvat ? `${doel.naam} is opgeslagen.` : `${doel.naam} staat in uw downloads.`);
    } catch (err) {
        status(`Opslaan lukte niet. De browser meldt: ${(err as Error).message}`);
    }
}

// ---- the summary ------------------------------------------------------------------------------

let laatste: Samenvatting | undefined;
let geladen = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let vraagNummer = 0;

/** Dark colours for the summary's variables (render-style.ts falls back to a light, printable palette). */
const DONKERE_SAMENVATTING = `<style>@media (prefers-color-scheme: dark) { :root {
  --vscode-editor-foreground: #d4d4d4; --vscode-editor-background: #1e1e1e; --vscode-panel-border: #3c3c3c;
  --vscode-descriptionForeground: #a0a0a0; --vscode-editorWidget-background: #252526; --vscode-textLink-foreground: #4daafc;
  --vscode-charts-blue: #4f8fdc; --vscode-charts-orange: #d18616; --vscode-charts-green: #4bab6b;
  --vscode-errorForeground: #f48771; --vscode-editorWarning-foreground: #cca700; --vscode-editorInfo-foreground: #4daafc;
  --vscode-list-hoverBackground: #2a2d2e; --vscode-focusBorder: #4daafc; } }</style>`;

function samenvattingLater(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void ververs(), VERTRAGING_MS);
}

async function ververs(): Promise<void> {
    if (!huidig) return;
    const nummer = ++vraagNummer;
    const uri = huidig.model.uri.toString();
    let model: Samenvatting | null;
    try {
        model = await client.verzoek<Samenvatting | null>(SAMENVATTING_VERZOEK, { uri }, uri);
    } catch (err) {
        // Cancelled because the text changed or another file was opened: the next refresh follows.
        if ((err as Error)?.name !== 'Canceled' && nummer === vraagNummer) status(`De samenvatting kon niet gemaakt worden: ${(err as Error)?.message ?? err}`);
        return;
    }
    if (!model || nummer !== vraagNummer) return;
    laatste = model;
    const doc = ui.samenvatting.contentDocument;
    const inhoud = doc?.getElementById('inhoud');
    if (geladen && inhoud) {
        inhoud.innerHTML = samenvattingInhoud(model, { modus: 'export' });
    } else {
        geladen = true;
        ui.samenvatting.srcdoc = samenvattingAlsHtml(model, { modus: 'export' }).replace('</head>', `${DONKERE_SAMENVATTING}</head>`);
    }
}

/** A finding in the summary takes the cursor to its place in the editor. */
ui.samenvatting.addEventListener('load', () => {
    const doc = ui.samenvatting.contentDocument;
    if (!doc) return;
    doc.body.classList.add('klikbaar');
    const toon = (doel: EventTarget | null) => {
        const li = (doel as Element | null)?.closest?.('[data-lijn]') as HTMLElement | null;
        if (!li) return;
        const d = li.dataset;
        const bereik = new monaco.Range(+d.lijn! + 1, +d.kolom! + 1, +d.eindlijn! + 1, +d.eindkolom! + 1);
        editor.setSelection(bereik);
        editor.revealRangeInCenterIfOutsideViewport(bereik);
        editor.focus();
    };
    doc.addEventListener('click', e => toon(e.target));
    doc.addEventListener('keydown', e => { if (e.key === 'Enter') toon(e.target); });
});

function exportNaam(extensie: string): string {
    return (huidig?.naam ?? 'sturing').replace(/\.sturing$/, '') + extensie;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The Word export's worker (web/word-worker.ts), started on the first Word export. */
let wordWorker: Worker | undefined;
let wordNummer = 0;

function alsWord(model: Samenvatting): Promise<Uint8Array> {
    wordWorker ??= alsWorker(wordWorkerCode, 'sturing-word');
    const werker = wordWorker;
    const nummer = ++wordNummer;
    return new Promise((resolve, reject) => {
        const klaar = () => {
            werker.removeEventListener('message', antwoord);
            werker.removeEventListener('error', mislukt);
        };
        const antwoord = (e: MessageEvent<{ nummer: number; bytes?: Uint8Array; fout?: string }>) => {
            if (e.data.nummer !== nummer) return;
            klaar();
            if (e.data.bytes) resolve(e.data.bytes);
            else reject(new Error(e.data.fout ?? 'onbekende fout'));
        };
        const mislukt = (e: ErrorEvent) => {
            klaar();
            e.preventDefault();
            reject(new Error(e.message || 'de Word-export startte niet'));
        };
        werker.addEventListener('message', antwoord);
        werker.addEventListener('error', mislukt);
        werker.postMessage({ nummer, samenvatting: model });
    });
}
const SOORT_NAAM = { html: 'HTML', markdown: 'Markdown', word: 'Word-document' } as const;

async function exporteer(soort: 'html' | 'markdown' | 'word'): Promise<void> {
    const model = laatste;
    if (!model) {
        status('De samenvatting is nog niet klaar; probeer het zo nog eens.');
        return;
    }
    try {
        if (soort === 'html') download(exportNaam('.samenvatting.html'), samenvattingAlsHtml(model, { modus: 'export' }), 'text/html');
        else if (soort === 'markdown') download(exportNaam('.samenvatting.md'), samenvattingAlsMarkdown(model), 'text/markdown');
        else download(exportNaam('.samenvatting.docx'), await alsWord(model), DOCX);
    } catch (err) {
        status(`Exporteren lukte niet. De browser meldt: ${(err as Error)?.message ?? err}`);
        return;
    }
    status(`De samenvatting staat als ${SOORT_NAAM[soort]} in uw downloads.`);
}

// ---- the toolbar and the keyboard -------------------------------------------------------------

for (const v of voorbeelden) ui.voorbeeld.add(new Option(v.titel, v.naam));
ui.voorbeeld.addEventListener('change', () => {
    const v = voorbeelden.find(x => x.naam === ui.voorbeeld.value);
    ui.voorbeeld.value = '';
    if (v && magWeg()) laad(v.naam, v.tekst);
});
ui.open.addEventListener('click', () => void openen());
ui.opslaan.addEventListener('click', () => void opslaan());
ui.exportHtml.addEventListener('click', () => void exporteer('html'));
ui.exportWord.addEventListener('click', () => void exporteer('word'));
ui.exportMarkdown.addEventListener('click', () => void exporteer('markdown'));

editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void opslaan());
editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyO, () => void openen());
window.addEventListener('keydown', e => {
    if (!(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
    const toets = e.key.toLowerCase();
    if (toets === 's') { e.preventDefault(); void opslaan(); }
    if (toets === 'o') { e.preventDefault(); void openen(); }
});
window.addEventListener('beforeunload', e => { if (gewijzigd()) e.preventDefault(); });

// ---- start ------------------------------------------------------------------------------------

status('Sturing start…');
laad(eersteVoorbeeld.naam, eersteVoorbeeld.tekst);
client.gestart
    .then(() => { if (!telling) status('Sturing controleert het ontwerp…'); })
    .catch(err => status(`De taalserver startte niet: ${(err as Error).message}`));
