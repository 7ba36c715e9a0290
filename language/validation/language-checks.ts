import { vervoeg } from '../presentation/namen.js';
import type { AstNode, AstNodeLocator, LangiumDocuments, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, URI, UriUtils } from 'langium';
import type { Bekostiging, Gemeente, Participatie, Partij, PartijRol, Regie, Regio, SturingAstType, Team } from '../generated/ast.js';
import { isGemeente, isParticipatie } from '../generated/ast.js';
import type { SturingServices } from '../sturing-module.js';
import { bevatOnleesbaars, gemeenteVan } from '../util/ast-util.js';
import { jarenVan, overlappen } from '../util/periode.js';
import type { Declaratie, WorkspaceNames } from '../workspace/workspace-names.js';
import { TAAL_CODES } from './language-codes.js';

/** Settings that may appear once per block: property name → keyword as the user writes it. */
const ENKELVOUDIG: Record<string, Record<string, string>> = {
    Gemeente: { periode: 'periode', probleem: 'probleem', verantwoordelijkheid: 'verantwoordelijkheid', scenario: 'scenario', governancetype: 'governancetype', doorzettingsmacht: 'doorzettingsmacht', regies: 'regie', ambities: 'ambitie' },
    Team: { gebied: 'gebied', breedte: 'breedte', doelgroep: 'doelgroep', toegang: 'toegang', jeugdzorg: 'jeugdzorg', basiszorg: 'basiszorg', regelruimte: 'regelruimte', teamleider: 'teamleider', omvang: 'omvang' },
    // Several `sturing-op` levels per phase are normal (R1 hfst. 3: "een combinatie van output en throughput"); all count.
    Fase: { eisen: 'eisen', monitoring: 'monitoring', verantwoordelijkheid: 'verantwoordelijkheid', doorzettingsmacht: 'doorzettingsmacht' },
    Ambitie: { burgerparticipatie: 'burgerparticipatie', governancetype: 'governancetype', verantwoordelijkheid: 'verantwoordelijkheid' }
};

const AANTAL = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf'];

/**
 * The ordinary language checks: duplicate names, settings written twice, ambiguous regio
 * parties and funding for a party that plays no part.
 */
export class LanguageChecks {
    private readonly werkruimte: WorkspaceNames;
    /** The names of a gemeente's own parties, once per gemeente (a new parse makes a new node). */
    private readonly lokaal = new WeakMap<Gemeente, Set<string>>();
    private readonly locator: AstNodeLocator;
    private readonly documenten: LangiumDocuments;

    constructor(services: SturingServices) {
        this.werkruimte = services.workspace.WorkspaceNames;
        this.locator = services.workspace.AstNodeLocator;
        this.documenten = services.shared.workspace.LangiumDocuments;
    }

    register(services: SturingServices): void {
        const checks: ValidationChecks<SturingAstType> = {
            Gemeente: [this.checkDubbeleNamen, this.checkDubbeleInstellingen, this.checkUniekeNaamInWerkruimte, this.checkBekostigingZonderRol],
            Regio: [this.checkDubbeleNamen, this.checkUniekeNaamInWerkruimte],
            Team: [this.checkDubbeleInstellingen, this.checkDubbelzinnigeLeden],
            Fase: this.checkDubbeleInstellingen,
            Ambitie: this.checkDubbeleInstellingen,
            Regie: this.checkDubbeleRegieCategorie,
            PartijRol: this.checkDubbelzinnigePartij,
            Bekostiging: this.checkDubbelzinnigePartij,
            Participatie: this.checkDubbelzinnigePartij
        };
        services.validation.ValidationRegistry.register(checks, this);
    }

    checkDubbeleNamen(node: Gemeente | Regio, accept: ValidationAcceptor): void {
        const gezien = new Map<string, Partij | Team>();
        const items: Array<Partij | Team> = isGemeente(node) ? [...node.partijen, ...node.teams] : node.partijen;
        for (const item of items) {
            if (!item.name) continue;
            const eerder = gezien.get(item.name);
            if (eerder) {
                const waar = isGemeente(node) ? `gemeente ${node.name}` : `regio ${node.name}`;
                accept('error', `De naam '${item.name}' wordt in ${waar} twee keer gebruikt (ook op r. ${regel(eerder)}). Verwijzingen naar '${item.name}' zijn dan niet eenduidig; geef een van beide een andere naam.`,
                    { node: item, property: 'name', code: TAAL_CODES.dubbeleNaam });
            } else {
                gezien.set(item.name, item);
            }
        }
    }

    /**
     * A gemeente or regio name is unique in the workspace, with one exception: the same gemeente
     * described for periods that do not overlap (one file per period, as advisors keep them). Then the
     * summary shows how it developed. Overlapping periods, or a period missing on either side, stay an
     * error: Sturing could not tell the two descriptions apart.
     */
    checkUniekeNaamInWerkruimte(node: Gemeente | Regio, accept: ValidationAcceptor): void {
        if (!node.name) return;
        const eigenUri = AstUtils.getDocument(node).uri.toString();
        const anderen = this.werkruimte.anderen(node.name, eigenUri, this.locator.getAstNodePath(node)).filter(d => d.soort === node.$type);
        if (anderen.length === 0) return;
        // The other file as seen from this one: its name in the same folder, a relative path elsewhere (two folders may hold a file of the same name).
        const plek = (d: Declaratie) => d.documentUri === eigenUri ? 'elders in dit bestand'
            : `ook in ${UriUtils.relative(UriUtils.dirname(URI.parse(eigenUri)), URI.parse(d.documentUri))}`;
        if (!isGemeente(node)) {
            accept('error', `Er is nog een regio met de naam '${node.name}' (${plek(anderen[0])}). Sturing kan de twee dan niet uit elkaar houden; geef elke regio een eigen naam.`,
                { node, property: 'name', code: TAAL_CODES.dubbeleNaam });
            return;
        }
        const eigen = jarenVan(node);
        const botsend = anderen.map(d => { const ander = this.gemeenteOp(d); return { d, jaren: ander && jarenVan(ander) }; })
            .find(({ jaren }) => !eigen || !jaren || overlappen(eigen, jaren));
        if (!botsend) return; // the same gemeente in other periods: legal
        if (eigen && botsend.jaren) {
            accept('error', `Gemeente ${node.name} staat ${plek(botsend.d)} met periode ${botsend.jaren.tekst}; die overlapt met ${eigen.tekst}. Eén beschrijving per periode: pas een van de perioden aan of geef een andere naam.`,
                { node: node.periode[0], code: TAAL_CODES.dubbeleNaam });
            return;
        }
        accept('error', `Er is nog een gemeente met de naam '${node.name}' (${plek(botsend.d)}). Geef beide een periode die niet overlapt (bijvoorbeeld periode 2018 - 2022), of geef elke gemeente een eigen naam.`,
            { node, property: 'name', code: TAAL_CODES.dubbeleNaam });
    }

    /** The gemeente a workspace declaration points to, if its document is loaded. */
    private gemeenteOp(d: Declaratie): Gemeente | undefined {
        const doc = this.documenten.getDocument(URI.parse(d.documentUri));
        const node = doc ? this.locator.getAstNode(doc.parseResult.value, d.pad) : undefined;
        return node && isGemeente(node) ? node : undefined;
    }

    checkDubbeleInstellingen(node: AstNode, accept: ValidationAcceptor): void {
        const instellingen = ENKELVOUDIG[node.$type] ?? {};
        for (const [property, keyword] of Object.entries(instellingen)) {
            const waarden = (node as unknown as Record<string, unknown[]>)[property];
            if (!Array.isArray(waarden) || waarden.length < 2) continue;
            const eerste = typeof waarden[0] === 'string' ? ` ('${waarden[0]}')` : '';
            for (let index = 1; index < waarden.length; index++) {
                accept('warning', `'${keyword}' staat hier ${AANTAL[waarden.length] ?? waarden.length} keer; Sturing gebruikt alleen de eerste${eerste}. Houd één regel over, zodat duidelijk is wat geldt.`,
                    { node, property: property as never, index, code: TAAL_CODES.dubbeleInstelling });
            }
        }
    }

    /** A regie category answered twice in one block: the first counts. */
    checkDubbeleRegieCategorie(node: Regie, accept: ValidationAcceptor): void {
        const gezien = new Map<string, number>();
        node.keuzes.forEach((k, index) => {
            if (!k.categorie) return;
            const eerder = gezien.get(k.categorie);
            if (eerder === undefined) { gezien.set(k.categorie, index); return; }
            accept('warning', `'${k.categorie}' staat twee keer in dit regie-blok; Sturing gebruikt alleen de eerste ('${node.keuzes[eerder].keuze}'). Houd één regel over, zodat duidelijk is wat geldt.`,
                { node: k, property: 'categorie', code: TAAL_CODES.dubbeleInstelling });
        });
    }

    checkDubbelzinnigePartij(node: PartijRol | Bekostiging | Participatie, accept: ValidationAcceptor): void {
        if (isParticipatie(node)) {
            if (node.via) this.meldDubbelzinnig(node, 'via', undefined, node.via.$refText, accept);
        } else if (node.partij) {
            this.meldDubbelzinnig(node, 'partij', undefined, node.partij.$refText, accept);
        }
    }

    checkDubbelzinnigeLeden(team: Team, accept: ValidationAcceptor): void {
        team.leden.forEach((lid, index) => this.meldDubbelzinnig(team, 'leden', index, lid.$refText, accept));
    }

    private meldDubbelzinnig(node: AstNode, property: string, index: number | undefined, naam: string, accept: ValidationAcceptor): void {
        if (!naam || naam.includes('.')) return;
        const gemeente = gemeenteVan(node);
        if (gemeente && this.lokaleNamen(gemeente).has(naam)) return; // a local party wins
        const regios = this.werkruimte.regiosMetPartij(naam);
        if (regios.length > 1) {
            accept('warning', `Partij '${naam}' bestaat in meer dan één regio (${regios.join(', ')}); Sturing koppelt nu aan de eerste. Schrijf ${regios.map(r => `${r}.${naam}`).join(' of ')} om te zeggen welke u bedoelt.`,
                { node, property: property as never, index, code: TAAL_CODES.dubbelzinnigePartij });
        }
    }

    private lokaleNamen(gemeente: Gemeente): Set<string> {
        let namen = this.lokaal.get(gemeente);
        if (!namen) {
            namen = new Set(gemeente.partijen.map(p => p.name).filter(Boolean));
            this.lokaal.set(gemeente, namen);
        }
        return namen;
    }

    checkBekostigingZonderRol(gemeente: Gemeente, accept: ValidationAcceptor): void {
        // A role or membership Sturing could not read may be the very part this party plays.
        if (bevatOnleesbaars(gemeente)) return;
        const betrokken = new Set<Partij>();
        for (const team of gemeente.teams) for (const lid of team.leden) if (lid?.ref) betrokken.add(lid.ref);
        for (const fase of gemeente.fasen) {
            for (const rol of fase.partijRollen) if (rol.partij?.ref) betrokken.add(rol.partij.ref);
            for (const p of fase.participatie) if (p.via?.ref) betrokken.add(p.via.ref);
        }
        for (const fase of gemeente.fasen) {
            for (const bekostiging of fase.bekostigingen) {
                const partij = bekostiging.partij?.ref;
                if (partij && !betrokken.has(partij)) {
                    accept('info', `${partij.name} ${vervoeg([partij.name], 'wordt', 'worden')} bekostigd, maar ${vervoeg([partij.name], 'is', 'zijn')} geen lid van een team en ${vervoeg([partij.name], 'heeft', 'hebben')} in geen enkele fase een rol. Geef aan wat deze partij doet, zodat de bekostiging te volgen is.`,
                        { node: bekostiging as Bekostiging, property: 'partij', code: TAAL_CODES.bekostigingZonderRol });
                }
            }
        }
    }
}

function regel(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

