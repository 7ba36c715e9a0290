import type { AstNode, CstNode, DocumentationProvider, LangiumDocument, NameProvider, References } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Fase, Gemeente, Partij, Regio, Team } from '../generated/ast.js';
import { isFase, isGemeente, isPartij, isRegio, isTeam } from '../generated/ast.js';
import { opvatting as opvattingInfo } from '../framework/conception-model.js';
import { faseInfo, FASEN } from '../framework/phases.js';
import { WOORDENSCHAT, type Categorie } from '../framework/vocabulary.js';
import { begripUitleg, categorieVan, opdrachtUitleg, grammaticaRegelVan } from '../presentation/keyword-text.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import {
    faseNaam, faseOpvattingZin, opvattingKort, rijenTabel, typeLabel, typeZin, VOORLOPIG, zekerheidWoord
} from '../presentation/profile-text.js';
import { alsZinnen, redenering } from '../presentation/redenering.js';
import { TYPE_UITLEG_OPDRACHT } from '../presentation/type-uitleg.js';
import type { SturingServices } from '../sturing-module.js';
import { eerste, gemeenteVan } from '../util/ast-util.js';

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
        const tekst = this.inhoud(leaf);
        return tekst ? { contents: { kind: 'markdown', value: tekst }, range: leaf.range } : undefined;
    }

    private inhoud(leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        const naamVan = (n: AstNode) => this.names.getNameNode(n);
        if (isGemeente(node) && (naamVan(node) === leaf || isKeyword(leaf, 'gemeente') && leaf.container === node.$cstNode)) return this.gemeente(node);
        if (isPartij(node) && naamVan(node) === leaf) return this.partij(node);
        if (isTeam(node) && naamVan(node) === leaf) return this.team(node);
        if (isRegio(node) && naamVan(node) === leaf) return this.regio(node);
        const doel = this.references.findDeclarations(leaf)[0];
        if (doel && isPartij(doel)) return this.partij(doel, gemeenteVan(node));
        if (isFase(node) && node.soort && (isKeyword(leaf, 'fase') || categorieVanLeaf(leaf) === 'FaseSoort')) return this.fase(node);
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
    gemeente(gemeente: Gemeente): string {
        const p = this.profielen.profiel(gemeente);
        const t = p.governancetype;
        const bepaald = !!t.primair && t.zekerheid !== 'onvoldoende';
        const gedeclareerd = eerste(gemeente.governancetype);
        const ambitie = eerste(gemeente.ambities[0]?.governancetype);
        const r = redenering(p);
        const waarom = eersteZin(alsZinnen(bepaald && r.opvatting.length ? r.opvatting : r.type));
        const uri = AstUtils.getDocument(gemeente).uri.toString();
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

    fase(fase: Fase): string {
        const info = faseInfo(fase.soort);
        const b = WOORDENSCHAT.FaseSoort[fase.soort];
        const gemeente = gemeenteVan(fase);
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
            const typeTekst = type && type.primair && type.zekerheid !== 'onvoldoende' ? `${typeLabel(type.primair)} (${zekerheidWoord(type.zekerheid)})` : 'nog niet te bepalen';
            regels.push('', `**Governancetype van deze fase:** ${typeTekst}.`, '', `Typisch voor deze fase is ${opvattingInfo(info.typisch).label}.`);
        }
        regels.push('', `_Bron: ${info.bron}; R1 §2.1 fig. 1; §2.2 fig. 2._`);
        return regels.join('\n');
    }

    partij(partij: Partij, context?: Gemeente): string {
        const regels = [`**${partij.soort} ${partij.name}**${partij.naam ? ` — ${partij.naam}` : ''}${partij.sector ? ` (${partij.sector})` : ''}`, ''];
        const regio = AstUtils.getContainerOfType(partij, isRegio);
        if (regio) regels.push(`Gedeeld in regio ${regio.name}.`, '');
        const doc = this.doc(partij);
        if (doc) regels.push(doc.trim(), '');
        const gemeente = gemeenteVan(partij) ?? context;
        if (gemeente) {
            const rijen: string[] = [];
            for (const fase of gemeente.fasen) {
                const rollen = fase.partijRollen.filter(r => r.partij?.ref === partij).map(r => r.rol);
                const geld = fase.bekostigingen.filter(b => b.partij?.ref === partij).map(b => b.model);
                if (rollen.length || geld.length) rijen.push(`| ${fase.soort} | ${rollen.join(', ') || '—'} | ${geld.join(', ') || '—'} |`);
            }
            if (rijen.length) regels.push(`In gemeente ${gemeente.name}:`, '', '| fase | rol | bekostiging |', '|---|---|---|', ...rijen, '');
            else regels.push(`Heeft in gemeente ${gemeente.name} nog geen rol of bekostiging.`, '');
            const teams = gemeente.teams.filter(t => t.leden.some(l => l?.ref === partij)).map(t => t.name);
            if (teams.length) regels.push(`Lid van team ${teams.join(', ')}.`);
        }
        return regels.join('\n').trim();
    }

    team(team: Team): string {
        const kenmerken = [
            eerste(team.breedte), team.samenstelling.join(' en '), eerste(team.doelgroep)?.replace('-', ' '),
            team.lijnen.length ? `${team.lijnen.join(' en ')} lijn` : undefined,
            eerste(team.toegang) ? `toegang ${eerste(team.toegang)}` : undefined,
            eerste(team.regelruimte) ? `regelruimte ${eerste(team.regelruimte)}` : undefined
        ].filter(Boolean);
        const metIndicator = team.doelen.filter(d => d.indicatoren.length > 0).length;
        return [
            `**team ${team.name}**${team.naam ? ` — ${team.naam}` : ''}`,
            '',
            this.doc(team).trim(),
            kenmerken.length ? `Kenmerken: ${kenmerken.join(', ')}.` : '',
            team.leden.length ? `Leden: ${team.leden.map(l => l.$refText).join(', ')}.` : 'Nog geen leden.',
            `Doelen: ${team.doelen.length} (${metIndicator} met indicator).`,
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
