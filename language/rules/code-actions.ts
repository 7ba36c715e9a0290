import type { FileSystemProvider, LangiumDocument, WorkspaceManager } from 'langium';
import { CstUtils, URI, UriUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, SnippetTextEdit, TextEdit, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range
} from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import type { SturingServices } from '../sturing-module.js';
import { gemeenteVan } from '../util/ast-util.js';
import { TAAL_CODES } from '../validation/language-codes.js';
import type { VervangData } from '../validation/sturing-document-validator.js';
import { CONFIG_BESTAND, isObject, type RuleConfiguration } from './configuration.js';
import { actie, alsGewoneTekst, inspringingVan, sjabloon, veiligAlsSjabloon, voegRegelToeNa, voegToeAanBegin } from './edits.js';
import type { Regel } from './rule-types.js';

/** The client command that opens a rule's page rendered (client/extension.ts registers it). */
export const UITLEG_OPDRACHT = 'sturing.toonUitleg';

/**
 * What the advisor can do with a finding, as in vscode-eslint: the rule's own quick fixes, all of that
 * rule's fixes in the file at once, suppressing it here with a reason, switching the rule off in
 * sturing.json, and reading its page. A syntax error or an unknown name offers "Bedoelt u …?".
 */
export class SturingCodeActionProvider implements CodeActionProvider {
    private readonly profielen: GovernanceProfileProvider;
    private readonly regels: Map<string, Regel>;
    private readonly configuratie: RuleConfiguration;
    private readonly bestanden: FileSystemProvider;
    private readonly werkruimte: WorkspaceManager;
    private readonly klant: SturingServices['lsp']['ClientCapabilities'];

    constructor(services: SturingServices) {
        this.profielen = services.inference.ProfileProvider;
        this.regels = new Map(services.rules.Catalog.map(r => [r.id, r]));
        this.configuratie = services.rules.Configuration;
        this.bestanden = services.shared.workspace.FileSystemProvider;
        this.werkruimte = services.shared.workspace.WorkspaceManager;
        this.klant = services.lsp.ClientCapabilities;
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        if (!document.parseResult.value.$cstNode) return [];
        const acties: CodeAction[] = [];
        const regelsGehad = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            acties.push(...vervangingen(document, diagnostic));
            const partij = partijToevoegen(document, diagnostic);
            if (partij) acties.push(partij);
            const regel = typeof diagnostic.code === 'string' ? this.regels.get(diagnostic.code) : undefined;
            if (!regel) continue;
            acties.push(...this.herstel(document, regel, diagnostic));
            if (!regelsGehad.has(regel.id)) {
                regelsGehad.add(regel.id);
                const alles = this.allesOplossen(document, regel);
                if (alles) acties.push(alles);
            }
            acties.push(negeerHier(document, regel, diagnostic));
            const uit = await this.zetUit(document, regel, diagnostic);
            if (uit) acties.push(uit);
            acties.push(uitleg(regel, diagnostic));
        }
        return acties.map(a => this.voorKlant(document, a));
    }

    /** The quick fixes the rule itself knows for one of its findings. */
    private herstel(document: LangiumDocument, regel: Regel, diagnostic: Diagnostic): CodeAction[] {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
        if (!regel.herstel || !leaf) return [];
        try {
            return regel.herstel({
                document: document as LangiumDocument<Model>,
                diagnostic,
                node: leaf.astNode,
                fix: ((diagnostic.data as { fix?: Record<string, unknown> } | undefined)?.fix) ?? {},
                feiten: g => this.profielen.feiten(g),
                profiel: g => this.profielen.profiel(g)
            });
        } catch (err) {
            console.error(`Snelle oplossing van regel ${regel.id} mislukte: ${(err as Error)?.stack ?? err}`);
            return [];
        }
    }

    /**
     * ESLint's fix-all for one rule: the preferred fix of each of its findings in the file, together.
     * A fix that would touch the same text as one before it waits for the next round.
     */
    private allesOplossen(document: LangiumDocument, regel: Regel): CodeAction | undefined {
        const meldingen = (document.diagnostics ?? []).filter(d => d.code === regel.id);
        if (meldingen.length < 2 || !regel.herstel) return undefined;
        const edits: TextEdit[] = [];
        let opgelost = 0;
        for (const melding of meldingen) {
            const acties = this.herstel(document, regel, melding);
            const beste = acties.find(a => a.isPreferred) ?? acties[0];
            const nieuw = beste ? bewerkingen(beste).map(gewoon) : [];
            if (nieuw.length === 0 || nieuw.some(e => edits.some(x => overlapt(x.range, e.range)))) continue;
            edits.push(...nieuw);
            opgelost++;
        }
        if (opgelost < 2) return undefined;
        return { ...actie(`Alle ${opgelost} meldingen van ${regel.id} in dit bestand oplossen`, document, meldingen[0], edits), diagnostics: meldingen };
    }

    /** "Regel … uitzetten in sturing.json": in the sturing.json that applies, or a new one in the workspace folder. */
    private async zetUit(document: LangiumDocument, regel: Regel, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
        if (document.uri.scheme !== 'file') return undefined;
        const titel = `Regel ${regel.id} uitzetten in ${CONFIG_BESTAND}`;
        const bestaand = await this.configuratie.bestandVoor(document.uri);
        if (!bestaand) {
            const uri = UriUtils.joinPath(this.werkruimtemap(document.uri), CONFIG_BESTAND).toString();
            const tekst = JSON.stringify({ regels: { [regel.id]: 'uit' } }, null, 2) + '\n';
            return {
                title: titel, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
                edit: { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, tekst)] }] }
            };
        }
        const oud = await this.bestanden.readFile(bestaand).catch(() => undefined);
        const json = oud === undefined ? undefined : leesObject(oud);
        // A sturing.json that is not valid JSON is reported in that file; fix that first.
        if (!json || (json.regels !== undefined && !isObject(json.regels))) return undefined;
        const inspringing = /\n([ \t]+)"/.exec(oud!)?.[1] ?? '  ';
        const nieuw = JSON.stringify({ ...json, regels: { ...(json.regels as object | undefined), [regel.id]: 'uit' } }, null, inspringing) + '\n';
        const regels = oud!.split('\n');
        const eind = { line: regels.length - 1, character: regels[regels.length - 1].length };
        return {
            title: titel, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
            edit: { changes: { [bestaand.toString()]: [TextEdit.replace({ start: { line: 0, character: 0 }, end: eind }, nieuw)] } }
        };
    }

    /** The workspace folder that holds the document, or the document's own folder. */
    private werkruimtemap(document: URI): URI {
        const mappen = (this.werkruimte.workspaceFolders ?? []).map(f => URI.parse(f.uri))
            .filter(m => document.path.startsWith(m.path.endsWith('/') ? m.path : m.path + '/'))
            .sort((a, b) => b.path.length - a.path.length);
        return mappen[0] ?? UriUtils.dirname(document);
    }

    /**
     * A template's tab stops only where the editor supports them and applies them as written; elsewhere
     * the same edit as plain text.
     */
    private voorKlant(document: LangiumDocument, a: CodeAction): CodeAction {
        const edits = a.edit ? bewerkingen(a) : [];
        if (!edits.some(SnippetTextEdit.is)) return a;
        if (this.klant.snippetsInBewerkingen && veiligAlsSjabloon(document, edits)) return a;
        return { ...a, edit: { changes: { [document.uri.toString()]: edits.map(gewoon) } } };
    }
}

/** "Bedoelt u 'regisseur'?" and the like: the replacements a syntax error or an unknown reference carries. */
function vervangingen(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const lijst = (diagnostic.data as VervangData | undefined)?.vervangingen ?? [];
    return lijst.map(v => actie(v.titel, document, diagnostic,
        [TextEdit.replace(v.bereik ?? diagnostic.range, v.tekst), ...(v.ook ?? []).map(b => TextEdit.replace(b.bereik, b.tekst))], lijst.length === 1));
}

/**
 * An unknown party (`rol Zorggroep adviseur`): "Voeg partij Zorggroep toe", a line at the top of the
 * gemeente, after the parties already there, with the cursor where its full name goes. Through
 * `burgerparticipatie … via` it is most likely an advisory council. Preferred when no known name comes
 * close ("Bedoelt u …?" is then the likelier fix).
 */
function partijToevoegen(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
    const data = diagnostic.data as (VervangData & { refText?: string; containerType?: string }) | undefined;
    const naam = data?.refText;
    if (diagnostic.code !== TAAL_CODES.onbekendeVerwijzing || !naam || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(naam)) return undefined;
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    const gemeente = leaf && gemeenteVan(leaf.astNode);
    if (!gemeente) return undefined;
    const soort = data.containerType === 'Participatie' ? 'adviesraad' : 'partij';
    const regel = `${soort} ${naam} "$1"`;
    const laatste = gemeente.partijen[gemeente.partijen.length - 1];
    const edit = laatste ? voegRegelToeNa(document, laatste, regel) : voegToeAanBegin(document, gemeente, regel);
    if (!edit) return undefined;
    const waar = gemeente.name ? ` bovenaan gemeente ${gemeente.name}` : '';
    return actie(`Voeg ${soort} ${naam} toe${waar}`, document, diagnostic, [sjabloon(edit)], !data.vervangingen?.length);
}

/**
 * "Negeer … hier (met reden)…": a suppression comment on its own line above the finding, which applies
 * to the element that starts on the finding's line; the cursor waits where the reason goes.
 */
function negeerHier(document: LangiumDocument, regel: Regel, diagnostic: Diagnostic): CodeAction {
    const lijn = diagnostic.range.start.line;
    const edit = TextEdit.insert({ line: lijn, character: 0 }, `${inspringingVan(document, lijn)}// sturing-negeer ${regel.id}: $1\n`);
    return actie(`Negeer ${regel.id} hier (met reden)…`, document, diagnostic, [sjabloon(edit)]);
}

/** "Uitleg over …": the rule's page, rendered (the client opens it in the Markdown preview). */
function uitleg(regel: Regel, diagnostic: Diagnostic): CodeAction {
    return { title: `Uitleg over ${regel.id}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: `Uitleg over ${regel.id}`, command: UITLEG_OPDRACHT, arguments: [regel.id] } };
}

/** The text edits of an action on its own document, in whichever form they were written. */
function bewerkingen(a: CodeAction): Array<TextEdit | SnippetTextEdit> {
    const edit = a.edit;
    if (!edit) return [];
    return [...Object.values(edit.changes ?? {}).flat(), ...(edit.documentChanges ?? []).flatMap(d => 'edits' in d ? d.edits as Array<TextEdit | SnippetTextEdit> : [])];
}

function gewoon(e: TextEdit | SnippetTextEdit): TextEdit {
    return SnippetTextEdit.is(e) ? TextEdit.replace(e.range, alsGewoneTekst(e.snippet.value)) : e;
}

function overlapt(a: Range, b: Range): boolean {
    const voor = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !voor(a.end, b.start) && !voor(b.end, a.start);
}

function leesObject(tekst: string): Record<string, unknown> | undefined {
    try {
        const json: unknown = JSON.parse(tekst);
        return isObject(json) ? json : undefined;
    } catch {
        return undefined;
    }
}
