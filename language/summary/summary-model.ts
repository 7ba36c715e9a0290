import type { DocumentationProvider, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isGemeente, type Gemeente, type Model } from '../generated/ast.js';
import { MODELLEN, GOVERNANCE_TYPE_IDS, INGREDIENTEN } from '../framework/governance-types.js';
import { FASEN } from '../framework/phases.js';
import { REGIE_MATRIX, REGIEROL_IDS, REGIEROL_LABEL, REGIE_KOLOM } from '../framework/regie.js';
import { WOORDENSCHAT } from '../framework/vocabulary.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import type { Bereik, GovernanceProfile } from '../inference/profile-types.js';
import { cyclusZin, geschrevenZin, ingredientRichting, niveauZin, opvattingZin, regieZin, typeZin } from '../presentation/profile-text.js';
import { eerste, geldigeFasen } from '../util/ast-util.js';
import { ernstVan } from '../rules/rule-types.js';
import type { Bevinding, CyclusFase, GemeenteSamenvatting, NiveauTrede, RegieRij, Samenvatting, TeamKaart, TypeScore } from './summary-types.js';

export interface SamenvattingBronnen {
    profielen: GovernanceProfileProvider;
    documentatie: DocumentationProvider;
}

export function alsBevinding(d: Diagnostic): Bevinding {
    return {
        code: d.code === undefined ? null : String(d.code),
        ernst: ernstVan(d.severity),
        bericht: typeof d.message === 'string' ? d.message : d.message.value,
        bereik: { start: { ...d.range.start }, end: { ...d.range.end } }
    };
}

function binnen(b: Bereik, r: Bereik): boolean {
    const voor = (a: Bereik['start'], c: Bereik['start']) => a.line < c.line || (a.line === c.line && a.character <= c.character);
    return voor(r.start, b.start) && voor(b.start, r.end);
}

/** The summary of one validated document. */
export function maakSamenvatting(document: LangiumDocument, bestand: string, bronnen: SamenvattingBronnen): Samenvatting {
    const model = document.parseResult.value as Model;
    const bevindingen = (document.diagnostics ?? []).map(alsBevinding)
        .sort((a, b) => a.bereik.start.line - b.bereik.start.line || a.bereik.start.character - b.bereik.start.character);
    const gemeenten = (model.elementen ?? []).filter(isGemeente).filter(g => g.name && g.$cstNode)
        .map(g => gemeenteSamenvatting(g, bronnen.profielen.profiel(g), bevindingen, bronnen.documentatie));
    const toegewezen = new Set(gemeenten.flatMap(g => g.bevindingen));
    return { uri: document.uri.toString(), bestand, gemeenten, overigeBevindingen: bevindingen.filter(b => !toegewezen.has(b)) };
}

function gemeenteSamenvatting(g: Gemeente, p: GovernanceProfile, alle: Bevinding[], docs: DocumentationProvider): GemeenteSamenvatting {
    const r = g.$cstNode!.range;
    const bereik: Bereik = { start: { ...r.start }, end: { ...r.end } };
    const periode = eerste(g.periode);
    return {
        naam: g.name,
        toelichting: docs.getDocumentation(g)?.trim() || null,
        periode: periode ? `${periode.van}${periode.tot !== undefined ? ` – ${periode.tot}` : ''}` : null,
        probleem: eerste(g.probleem) ?? null,
        bereik,
        typeZin: typeZin(p),
        opvattingZin: opvattingZin(p),
        regieZin: regieZin(p),
        niveauZin: niveauZin(p),
        cyclusZin: cyclusZin(p),
        gedeclareerd: eerste(g.governancetype) ?? null,
        ambitieType: eerste(g.ambities[0]?.governancetype) ?? null,
        waarom: [...p.waarom],
        profiel: INGREDIENTEN.map(info => {
            const i = p.governancetype.ingredienten.find(x => x.ingredient === info.id)!;
            return { ingredient: info.label, geschreven: geschrevenZin(i), richting: ingredientRichting(i) };
        }),
        cyclus: cyclus(g, p),
        typen: scores(p, GOVERNANCE_TYPE_IDS),
        modellen: scores(p, MODELLEN.filter(m => !(GOVERNANCE_TYPE_IDS as readonly string[]).includes(m.id)).map(m => m.id)),
        regierollen: REGIEROL_IDS.map(rol => ({ rol, label: REGIEROL_LABEL[rol], aantal: p.regie.telling[rol] })),
        regie: regie(g),
        ladder: ladder(p),
        partijen: g.partijen.filter(x => x.name).map(x => ({ naam: x.name, soort: x.soort, titel: x.naam ?? null, sector: x.sector ?? null })),
        teams: g.teams.filter(t => t.name).map(t => teamKaart(t, docs)),
        bevindingen: alle.filter(b => binnen(b.bereik, bereik))
    };
}

function cyclus(g: Gemeente, p: GovernanceProfile): CyclusFase[] {
    return FASEN.map(info => {
        const fase = geldigeFasen(g).find(f => f.soort === info.id);
        return {
            fase: info.id,
            nummer: info.nummer,
            label: WOORDENSCHAT.FaseSoort[info.id].label,
            aanwezig: !!fase,
            opvatting: p.opvatting.fasen.find(f => f.fase === info.id)?.opvatting ?? null,
            rollen: fase ? [...fase.rollen] : [],
            partijen: fase ? fase.partijRollen.map(r => `${r.partij?.$refText ?? '?'}: ${r.rol}`) : []
        };
    });
}

function scores(p: GovernanceProfile, ids: readonly string[]): TypeScore[] {
    return MODELLEN.filter(m => ids.includes(m.id)).map(m => ({
        id: m.id, label: m.label, score: Math.round(p.governancetype.scores[m.id] * 1000) / 1000,
        primair: p.governancetype.primair === m.id, secundair: p.governancetype.secundair === m.id
    }));
}

function regie(g: Gemeente): RegieRij[] {
    const keuzes = g.regies[0]?.keuzes ?? [];
    return (Object.keys(REGIE_MATRIX) as Array<keyof typeof REGIE_MATRIX>).map(categorie => {
        const keuze = keuzes.find(k => k.categorie === categorie)?.keuze ?? null;
        return {
            categorie,
            label: WOORDENSCHAT.RegieCategorie[categorie].label,
            keuze,
            cellen: REGIEROL_IDS.map(rol => ({ rol, tekst: REGIE_MATRIX[categorie][rol], gekozen: keuze !== null && REGIE_KOLOM[keuze] === rol }))
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
