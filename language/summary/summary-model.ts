import type { DocumentationProvider, LangiumDocument } from 'langium';
import { isGemeente, type Gemeente, type Model } from '../generated/ast.js';
import { INGREDIENTEN } from '../framework/governance-types.js';
import { FASEN } from '../framework/phases.js';
import { REGIE_MATRIX, REGIEROL_IDS, REGIEROL_LABEL } from '../framework/regie.js';
import { WOORDENSCHAT } from '../framework/vocabulary.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import type { Bereik, GovernanceProfile } from '../inference/profile-types.js';
import {
    cyclusZin, feitLabel, geschrevenZin, ingredientRichting, niveauZin, onderbouwingZin, opvattingZin, regieZin, typeLabel, typeZin, waaromRegels, zekerheidWoord
} from '../presentation/profile-text.js';
import { eerste } from '../util/ast-util.js';
import { AANBEVELINGEN } from '../presentation/recommendations.js';
import { typering } from '../presentation/typering.js';
import { alsBevinding, type Bevinding } from '../rules/finding.js';
import { jarenVan } from '../util/periode.js';
import { maakOntwikkeling, type AndereBeschrijvingen } from './ontwikkeling.js';
import type { AanbevelingThema, CyclusFase, GemeenteSamenvatting, NiveauTrede, RegieRij, Samenvatting, TeamKaart } from './summary-types.js';

export { alsBevinding };

export interface SamenvattingBronnen {
    profielen: GovernanceProfileProvider;
    documentatie: DocumentationProvider;
    /** The same gemeente elsewhere in the workspace (other periods), for the Ontwikkeling section. */
    andere?: AndereBeschrijvingen;
}

function binnen(b: Bereik, r: Bereik): boolean {
    const voor = (a: Bereik['start'], c: Bereik['start']) => a.line < c.line || (a.line === c.line && a.character <= c.character);
    return voor(r.start, b.start) && voor(b.start, r.end);
}

/** Today as YYYY-MM-DD (local time), for the title block. */
export function vandaag(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The recommendations that answer these findings, grouped by theme in the order of R1 §5.3; each
 * names the findings (code and line) it answers. A recommendation without its finding is left out.
 */
export function aanbevelingenVoor(bevindingen: readonly Bevinding[]): AanbevelingThema[] {
    const uit: AanbevelingThema[] = [];
    for (const a of AANBEVELINGEN) {
        const aanleiding = bevindingen.filter(b => b.code !== null && a.regels.includes(b.code));
        if (aanleiding.length === 0) continue;
        const punt = { tekst: a.tekst, bron: a.bron, naarAanleidingVan: aanleiding.map(b => ({ code: b.code!, regel: b.bereik.start.line + 1 })) };
        const thema = uit.find(t => t.thema === a.thema);
        if (thema) thema.punten.push(punt); else uit.push({ thema: a.thema, punten: [punt] });
    }
    return uit;
}

/** The summary of one validated document. */
export function maakSamenvatting(document: LangiumDocument, bestand: string, bronnen: SamenvattingBronnen, datum = vandaag()): Samenvatting {
    const model = document.parseResult.value as Model;
    const bevindingen = (document.diagnostics ?? []).map(alsBevinding)
        .sort((a, b) => a.bereik.start.line - b.bereik.start.line || a.bereik.start.character - b.bereik.start.character);
    const gemeenten = (model.elementen ?? []).filter(isGemeente).filter(g => g.name && g.$cstNode)
        .map(g => gemeenteSamenvatting(g, bronnen.profielen.profiel(g), bevindingen, bronnen.documentatie,
            maakOntwikkeling(g, bestand, bronnen.andere?.(g) ?? [], bronnen.profielen)));
    const toegewezen = new Set(gemeenten.flatMap(g => g.bevindingen));
    return { uri: document.uri.toString(), bestand, datum, gemeenten, overigeBevindingen: bevindingen.filter(b => !toegewezen.has(b)) };
}

function gemeenteSamenvatting(g: Gemeente, p: GovernanceProfile, alle: Bevinding[], docs: DocumentationProvider, ontwikkeling: GemeenteSamenvatting['ontwikkeling']): GemeenteSamenvatting {
    const r = g.$cstNode!.range;
    const bereik: Bereik = { start: { ...r.start }, end: { ...r.end } };
    const eigen = alle.filter(b => binnen(b.bereik, bereik));
    return {
        naam: g.name,
        toelichting: docs.getDocumentation(g)?.trim() || null,
        periode: jarenVan(g)?.tekst ?? null,
        probleem: eerste(g.probleem) ?? null,
        bereik,
        typering: typering(p),
        ontwikkeling,
        aanbevelingen: aanbevelingenVoor(eigen),
        typeZin: typeZin(p),
        onderbouwing: onderbouwingZin(p.governancetype),
        voorlopig: p.voorlopig,
        opvattingZin: opvattingZin(p),
        regieZin: regieZin(p),
        niveauZin: niveauZin(p),
        cyclusZin: cyclusZin(p),
        gedeclareerd: eerste(g.governancetype) ?? null,
        ambitieType: eerste(g.ambities[0]?.governancetype) ?? null,
        waarom: waaromRegels(p),
        profiel: INGREDIENTEN.map(info => {
            const i = p.governancetype.ingredienten.find(x => x.ingredient === info.id)!;
            return { ingredient: info.label, geschreven: geschrevenZin(i), richting: ingredientRichting(i) };
        }),
        cyclus: cyclus(p),
        typePerFase: p.governancetype.fasen.map(f => ({
            fase: f.fase,
            type: f.primair && f.zekerheid !== 'onvoldoende' ? typeLabel(f.primair) : 'nog niet te bepalen',
            onderbouwing: zekerheidWoord(f.zekerheid)
        })),
        regierollen: REGIEROL_IDS.map(rol => ({ rol, label: REGIEROL_LABEL[rol], aantal: p.regie.telling[rol] })),
        regie: regie(p),
        ladder: ladder(p),
        partijen: g.partijen.filter(x => x.name).map(x => ({ naam: x.name, soort: x.soort, titel: x.naam ?? null, sector: x.sector ?? null })),
        teams: g.teams.filter(t => t.name).map(t => teamKaart(t, docs)),
        bevindingen: eigen
    };
}

function cyclus(p: GovernanceProfile): CyclusFase[] {
    return FASEN.map(info => {
        const fase = p.feiten.fase(info.id);
        const fo = p.opvatting.fasen.find(f => f.fase === info.id);
        return {
            fase: info.id,
            nummer: info.nummer,
            label: WOORDENSCHAT.FaseSoort[info.id].label,
            aanwezig: !!fase,
            opvatting: fo && fo.zekerheid !== 'onvoldoende' ? fo.opvatting ?? null : null,
            rollen: fase ? fase.van('rol').map(f => feitLabel(f).replace(/^gemeente /, '')) : [],
            partijen: fase ? fase.van('partijrol').map(f => `${f.partij?.$refText ?? '?'}: ${f.waarde}`) : []
        };
    });
}

/** The regie model with the chosen cells: the gemeente's own regie block. */
function regie(p: GovernanceProfile): RegieRij[] {
    const keuzes = p.feiten.regie;
    return (Object.keys(REGIE_MATRIX) as Array<keyof typeof REGIE_MATRIX>).map(categorie => {
        const keuze = keuzes.find(k => k.categorie === categorie)?.waarde as RegieRij['keuze'] ?? null;
        const kolom = keuze ? WOORDENSCHAT.Wie[keuze].regieKolom : undefined;
        return {
            categorie,
            label: WOORDENSCHAT.RegieCategorie[categorie].label,
            keuze,
            cellen: REGIEROL_IDS.map(rol => ({ rol, tekst: REGIE_MATRIX[categorie][rol], gekozen: kolom === rol }))
        };
    });
}

function ladder(p: GovernanceProfile): NiveauTrede[] {
    return (Object.keys(WOORDENSCHAT.Niveau) as Array<keyof typeof WOORDENSCHAT.Niveau>).map(niveau => ({
        niveau,
        uitleg: WOORDENSCHAT.Niveau[niveau].uitleg,
        huidig: p.sturingOp.huidig === niveau,
        ambitie: p.sturingOp.ambitie === niveau,
        fasen: p.sturingOp.fasen.filter(f => f.niveau === niveau).map(f => f.fase)
    }));
}

function teamKaart(t: Gemeente['teams'][number], docs: DocumentationProvider): TeamKaart {
    const kenmerken = [
        eerste(t.gebied) ? `gebied ${eerste(t.gebied)}` : undefined,
        eerste(t.breedte),
        t.samenstelling.length ? t.samenstelling.join(' en ') : undefined,
        eerste(t.doelgroep)?.replace('-', ' '),
        t.lijnen.length ? `${t.lijnen.join(' en ')} lijn` : undefined,
        eerste(t.toegang) ? `toegang ${eerste(t.toegang)}` : undefined,
        eerste(t.jeugdzorg) ? `jeugdzorg ${eerste(t.jeugdzorg)}` : undefined,
        eerste(t.basiszorg) ? `basiszorg ${eerste(t.basiszorg)}` : undefined,
        eerste(t.regelruimte) ? `regelruimte ${eerste(t.regelruimte)}` : undefined,
        eerste(t.teamleider) ? `teamleider ${eerste(t.teamleider)}` : undefined,
        eerste(t.omvang) !== undefined ? `omvang ${eerste(t.omvang)}` : undefined
    ].filter((k): k is string => !!k);
    return {
        naam: t.name,
        titel: t.naam ?? null,
        toelichting: docs.getDocumentation(t)?.trim() || null,
        kenmerken,
        leden: t.leden.map(l => l?.$refText).filter((l): l is string => !!l),
        doelen: t.doelen.map(d => ({ omschrijving: d.omschrijving ?? '', indicatoren: d.indicatoren.map(i => i.streefwaarde ? `${i.omschrijving} (streefwaarde ${i.streefwaarde})` : i.omschrijving) }))
    };
}
