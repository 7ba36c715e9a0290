import type { AstNode, CstNode, DocumentationProvider, LangiumDocument, NameProvider, References } from 'langium';
import { CstUtils, GrammarAST } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Fase, Gemeente, Partij, Regio } from '../generated/ast.js';
import { opvatting as opvattingInfo } from '../framework/conception-model.js';
import { faseInfo, FASEN } from '../framework/phases.js';
import { WOORDENSCHAT, type Categorie } from '../framework/vocabulary.js';
import { begripUitleg, categorieVan, opdrachtUitleg, grammaticaRegelVan } from '../presentation/keyword-text.js';
import { faseTypeZekerheid } from '../inference/infer-governance-type.js';
import { gemeenteVan, onderwerpVan, type Onderwerp } from '../inference/onderwerp.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import {
    faseNaam, faseOpvattingZin, opvattingKort, rijenTabel, typeLabel, typeZin, VOORLOPIG, zekerheidWoord
} from '../presentation/profile-text.js';
import { alsZinnen, redenering } from '../presentation/redenering.js';
import { teamKenmerken } from '../presentation/team-text.js';
import { TYPE_UITLEG_OPDRACHT } from '../presentation/type-uitleg.js';
import type { SturingServices } from '../sturing-module.js';

/**
 * Hovers that explain: a gemeente's inferred profile, a phase's conception, a party's roles and
 * funding, and the meaning of every vocabulary keyword, each with its source.
 */
export class SturingHoverProvider implements HoverProvider {
    private readonly profielen: GovernanceProfileProvider;
    private readonly names: NameProvider;
    private readonly references: References;
    private readonly docs: DocumentationProvider;

    constructor(services: SturingServices) {
        this.profielen = services.inference.ProfileProvider;
        this.names = services.references.NameProvider;
        this.references = services.references.References;
        this.docs = services.documentation.DocumentationProvider;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf || leaf.hidden) return undefined;
        const tekst = this.inhoud(leaf, document.uri.toString());
        return tekst ? { contents: { kind: 'markdown', value: tekst }, range: leaf.range } : undefined;
    }

    private inhoud(leaf: CstNode, uri: string): string | undefined {
        const node = leaf.astNode;
        const onderwerp = onderwerpVan(node);
        const opNaam = this.names.getNameNode(node) === leaf;
        switch (onderwerp?.soort) {
            case 'gemeente': if (opNaam || isKeyword(leaf, 'gemeente') && leaf.container === node.$cstNode) return this.gemeente(onderwerp.node, uri); break;
            case 'partij': if (opNaam) return this.partij(onderwerp); break;
            case 'team': if (opNaam) return this.team(onderwerp); break;
            case 'regio': if (opNaam) return this.regio(onderwerp.node); break;
        }
        const doel = onderwerpVan(this.references.findDeclarations(leaf)[0]);
        if (doel?.soort === 'partij') return this.partij(doel, gemeenteVan(node));
        if (onderwerp?.soort === 'fase' && onderwerp.node.soort && (isKeyword(leaf, 'fase') || categorieVanLeaf(leaf) === 'FaseSoort')) return this.fase(onderwerp.node, onderwerp.gemeente);
        const categorie = categorieVanLeaf(leaf);
        if (categorie) return begripUitleg(categorie, leaf.text);
        if (GrammarAST.isKeyword(leaf.grammarSource)) return opdrachtUitleg(leaf.text, grammaticaRegelVan(leaf.grammarSource));
        return undefined;
    }

    private doc(node: AstNode): string {
        const tekst = this.docs.getDocumentation(node);
        return tekst ? `${tekst.trim()}\n\n` : '';
    }

    /**
     * A short profile: the type and how firm it is, one sentence why (the reasoning's first claim, with the
     * lines it rests on: the conception per phase, or what is missing when there is no type yet), the type the
     * advisor declared, and a link "Meer uitleg" to the whole reasoning, rendered (TYPE_UITLEG_OPDRACHT).
     */
    gemeente(gemeente: Gemeente, uri: string): string {
        const p = this.profielen.profiel(gemeente);
        const t = p.governancetype;
        const bepaald = !!t.primair && t.zekerheid !== 'onvoldoende';
        const gedeclareerd = p.feiten.opgegevenType.gedeclareerd?.kern;
        const ambitie = p.feiten.opgegevenType.ambitie?.kern;
        const r = redenering(p);
        const waarom = eersteZin(alsZinnen(bepaald && r.opvatting.length ? r.opvatting : r.type));
        const link = `command:${TYPE_UITLEG_OPDRACHT}?${encodeURIComponent(JSON.stringify([uri, gemeente.name]))}`;
        const regels = [
            `**gemeente ${gemeente.name}** — governancetype: **${typeZin(p)}**${bepaald ? ` (${zekerheidWoord(t.zekerheid)})` : ''}`,
            '',
            this.doc(gemeente).trim(),
            '',
            waarom,
            '',
            gedeclareerd ? `Zelf opgegeven: ${typeLabel(gedeclareerd as never)}${ambitie ? `; ambitie ${typeLabel(ambitie as never)}` : ''}.` : ambitie ? `Ambitie: ${typeLabel(ambitie as never)}.` : '',
            '',
            `[Meer uitleg](${link}) · _R1 §2.1, §2.2 fig. 2, §3.x.4_`
        ];
        return regels.filter((r, i, a) => r !== '' || (a[i - 1] !== '' && i > 0)).join('\n');
    }

    fase(fase: Fase, gemeente: Gemeente | undefined): string {
        const info = faseInfo(fase.soort);
        const b = WOORDENSCHAT.FaseSoort[fase.soort];
        const regels = [`**fase ${fase.soort}** — ${b.label} (fase ${info.nummer} van ${FASEN.length})`, '', this.doc(fase) + b.uitleg, ''];
        if (gemeente) {
            const p = this.profielen.profiel(gemeente);
            const fo = p.opvatting.fasen.find(f => f.fase === fase.soort);
            if (fo) {
                regels.push(`**Sturingsopvatting in deze fase:** ${faseOpvattingZin(fo)}${p.voorlopig ? ` (${VOORLOPIG})` : ''}`);
                if (fo.samenMet) {
                    const eigen = fo.eigen.opvatting ? `${opvattingKort(fo.eigen.opvatting)} (${zekerheidWoord(fo.eigen.zekerheid)})` : 'een mengvorm';
                    regels.push('', `De gemeente is in de uitvoering nog opdrachtgever, dus Sturing leest deze fase samen met ${faseNaam(fo.samenMet)} als één opdrachtrelatie (R1 §2.4). Op haar eigen regels zou deze fase ${eigen} zijn.`);
                }
                if (fo.rijen.length || fo.neutraal.length) regels.push('', rijenTabel(fo));
            }
            const type = p.governancetype.fasen.find(t => t.fase === fase.soort);
            const zekerheid = faseTypeZekerheid(p, fase.soort);
            const typeTekst = type?.primair && zekerheid && zekerheid !== 'onvoldoende' ? `${typeLabel(type.primair)} (${zekerheidWoord(zekerheid)})` : 'nog niet te bepalen';
            regels.push('', `**Governancetype van deze fase:** ${typeTekst}.`, '', `Typisch voor deze fase is ${opvattingInfo(info.typisch).label}.`);
        }
        regels.push('', `_Bron: ${info.bron}; R1 §2.1 fig. 1; §2.2 fig. 2._`);
        return regels.join('\n');
    }

    /** A party: who it is, and in the gemeente around it (or the one it is named in) its roles and funding per phase and its teams, from the facts. */
    partij(onderwerp: Extract<Onderwerp, { soort: 'partij' }>, context?: Gemeente): string {
        const partij: Partij = onderwerp.node;
        const regels = [`**${partij.soort} ${partij.name}**${partij.naam ? ` — ${partij.naam}` : ''}${partij.sector ? ` (${partij.sector})` : ''}`, ''];
        if (onderwerp.regio) regels.push(`Gedeeld in regio ${onderwerp.regio.name}.`, '');
        const doc = this.doc(partij);
        if (doc) regels.push(doc.trim(), '');
        const gemeente = onderwerp.gemeente ?? context;
        if (gemeente) {
            const pf = this.profielen.feiten(gemeente).partij(partij);
            const waarden = (feiten: ReadonlyArray<{ waarde: string }>) => feiten.map(f => f.waarde).join(', ') || '—';
            const rijen = pf.perFase.map(f => `| ${f.fase} | ${waarden(f.rollen)} | ${waarden(f.bekostiging)} |`);
            if (rijen.length) regels.push(`In gemeente ${gemeente.name}:`, '', '| fase | rol | bekostiging |', '|---|---|---|', ...rijen, '');
            else regels.push(`Heeft in gemeente ${gemeente.name} nog geen rol of bekostiging.`, '');
            if (pf.teams.length) regels.push(`Lid van team ${pf.teams.map(t => t.naam).join(', ')}.`);
        }
        return regels.join('\n').trim();
    }

    /** A team: its characteristics in the words of the summary's team card (one list, TEAM_KENMERKEN), members and goals, from the facts. */
    team(onderwerp: Extract<Onderwerp, { soort: 'team' }>): string {
        const team = onderwerp.node;
        const feiten = onderwerp.gemeente && this.profielen.feiten(onderwerp.gemeente).teams.find(t => t.node === team);
        const kenmerken = feiten ? teamKenmerken(feiten) : [];
        const doelen = feiten?.doelen ?? [];
        const metIndicator = doelen.filter(d => d.indicatoren.length > 0).length;
        const leden = feiten?.leden ?? [];
        return [
            `**team ${team.name}**${team.naam ? ` — ${team.naam}` : ''}`,
            '',
            this.doc(team).trim(),
            kenmerken.length ? `Kenmerken: ${kenmerken.join(', ')}.` : '',
            leden.length ? `Leden: ${leden.map(l => l.$refText).join(', ')}.` : 'Nog geen leden.',
            `Doelen: ${doelen.length} (${metIndicator} met indicator).`,
            '',
            '_Kenmerken van sociale gebiedsteams: R1 §1.1, §4.1._'
        ].filter((r, i, a) => !(r === '' && a[i - 1] === '')).join('\n');
    }

    regio(regio: Regio): string {
        return [`**regio ${regio.name}**${regio.naam ? ` — ${regio.naam}` : ''}`, '', this.doc(regio).trim(),
            `Gedeelde partijen: ${regio.partijen.map(p => p.name).join(', ') || 'geen'}. Gemeenten in andere bestanden verwijzen ernaar met de naam, of als \`${regio.name}.Partij\`.`].join('\n');
    }

}

function isKeyword(leaf: CstNode, waarde: string): boolean {
    return GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === waarde;
}

/** The vocabulary category of a keyword leaf: the data-type rule that lists it. */
function categorieVanLeaf(leaf: CstNode): Categorie | undefined {
    return GrammarAST.isKeyword(leaf.grammarSource) ? categorieVan(leaf.grammarSource) : undefined;
}

/** The first sentence of a paragraph (sentences end in a full stop followed by a capital). */
function eersteZin(alinea: string): string {
    return alinea.split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? alinea;
}
