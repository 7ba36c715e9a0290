import type { DocumentationProvider, LangiumDocument } from 'langium';
import type { Gemeente } from '../generated/ast.js';
import { INGREDIENTEN, type GovernanceTypeId } from '../framework/governance-type-model.js';
import { FASEN } from '../framework/phases.js';
import { REGIE_MATRIX, REGIEROL_IDS, REGIEROL_LABEL } from '../framework/regie-model.js';
import { labelVan, WOORDENSCHAT } from '../framework/vocabulary.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import type { TeamFeiten } from '../inference/facts.js';
import { faseTypeZekerheid } from '../inference/infer-governance-type.js';
import { gemeentenIn } from '../inference/onderwerp.js';
import type { Bereik } from '../inference/plek.js';
import type { GovernanceProfile } from '../inference/profile-types.js';
import { partijNaam, partijNaamVan } from '../presentation/namen.js';
import {
    cyclusZin, ingredientRichting, niveauZin, onderbouwingZin, opsomming, opvattingKort, typeLabel, typeZin, zekerheidWoord
} from '../presentation/profile-text.js';
import { AANBEVELINGEN } from '../presentation/recommendations.js';
import {
    geschrevenLabels, kortAlinea, NPM_VOLUIT, opvattingWoord, regierolWoorden, rolLabel, typering, type Alinea
} from '../presentation/typering.js';
import { REGELS } from '../rules/catalog/index.js';
import { alsBevinding, type Bevinding } from '../rules/finding.js';
import { ERNSTEN } from '../rules/severity.js';
import { teamKenmerken } from '../presentation/team-text.js';
import { maakOntwikkeling, type AndereBeschrijvingen } from './ontwikkeling.js';
import type {
    AanbevelingPunt, AanbevelingThema, CyclusFase, GemeenteSamenvatting, NiveauTrede, Noot, OverzichtRij, RegieRij, Samenvatting, TeamKaart, Tekst
} from './summary-types.js';

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

/** The recommendation each rule's findings call for, as the rule says (`Regel.aanbeveling`). */
const AANBEVELING_VAN: ReadonlyMap<string, string | null> = new Map(REGELS.map(r => [r.id, r.aanbeveling]));

/**
 * The recommendations that answer these findings, grouped by theme in the order of R1 §5.3; each
 * names the findings (code and line) it answers. A recommendation without its finding is left out.
 */
export function aanbevelingenVoor(bevindingen: readonly Bevinding[]): AanbevelingThema[] {
    const uit: AanbevelingThema[] = [];
    for (const a of AANBEVELINGEN) {
        const aanleiding = bevindingen.filter(b => b.code !== null && AANBEVELING_VAN.get(b.code) === a.id);
        if (aanleiding.length === 0) continue;
        const punt: AanbevelingPunt = { tekst: a.tekst, bron: a.bron, naarAanleidingVan: aanleiding.map(b => ({ code: b.code!, regelnummer: b.bereik.start.line + 1 })), noot: 0 };
        const thema = uit.find(t => t.thema === a.thema);
        if (thema) thema.punten.push(punt); else uit.push({ thema: a.thema, punten: [punt] });
    }
    return uit;
}

/**
 * The (at most) three recommendations a wethouder reads first: those answering the weightiest finding
 * (an error before a warning before information), then those answering more findings, then the order
 * of R1 §5.3. Keuze: three, as the issue asks for a short opening.
 */
export function belangrijksteAanbevelingen(themas: readonly AanbevelingThema[], bevindingen: readonly Bevinding[], aantal = 3): AanbevelingPunt[] {
    const gewicht = (a: AanbevelingPunt) => Math.min(...a.naarAanleidingVan.map(x => {
        const b = bevindingen.find(y => y.code === x.code && y.bereik.start.line + 1 === x.regelnummer);
        return b ? ERNSTEN.indexOf(b.ernst) : ERNSTEN.length;
    }));
    const alle = themas.flatMap(t => t.punten);
    return alle.map((a, i) => ({ a, i })).sort((x, y) => gewicht(x.a) - gewicht(y.a) || y.a.naarAanleidingVan.length - x.a.naarAanleidingVan.length || x.i - y.i)
        .slice(0, aantal).map(x => x.a);
}

/** "Sturing van de gebiedsgerichte aanpak — gemeente Emmen, 2015 – 2017": what the note is about, never the file. */
export function titelVan(gemeenten: ReadonlyArray<{ naam: string; periode: string | null }>): string {
    const over = gemeenten.length === 1 ? `gemeente ${gemeenten[0].naam}${gemeenten[0].periode ? `, ${gemeenten[0].periode}` : ''}`
        : gemeenten.length > 1 ? `gemeenten ${opsomming([...new Set(gemeenten.map(g => g.naam))])}` : '';
    return `Sturing van de gebiedsgerichte aanpak${over ? ` — ${over}` : ''}`;
}

/** The summary of one validated document. */
export function maakSamenvatting(document: LangiumDocument, bestand: string, bronnen: SamenvattingBronnen, datum = vandaag()): Samenvatting {
    const bevindingen = (document.diagnostics ?? []).map(alsBevinding)
        .sort((a, b) => a.bereik.start.line - b.bereik.start.line || a.bereik.start.character - b.bereik.start.character);
    const gemeenten = gemeentenIn(document)
        .map(g => gemeenteSamenvatting(g, bronnen.profielen.profiel(g), bevindingen, bronnen.documentatie,
            maakOntwikkeling(g, bestand, bronnen.andere?.(g) ?? [], bronnen.profielen)));
    const toegewezen = new Set(gemeenten.flatMap(g => g.bevindingen));
    return { uri: document.uri.toString(), bestand, titel: titelVan(gemeenten), datum, gemeenten, overigeBevindingen: bevindingen.filter(b => !toegewezen.has(b)) };
}

/** The notes of one gemeente's appendix, numbered in reading order; the same claim on the same lines shares its note. */
class Noten {
    readonly lijst: Noot[] = [];

    nummer(over: string, regelnummers: readonly number[], bevindingen?: Noot['bevindingen']): number | undefined {
        if (regelnummers.length === 0) return undefined;
        const r = [...new Set(regelnummers)].sort((a, b) => a - b);
        const sleutel = (n: Noot) => `${n.over}|${n.regelnummers.join(',')}|${(n.bevindingen ?? []).map(b => b.code).join(',')}`;
        const nieuw: Noot = { nummer: this.lijst.length + 1, over, regelnummers: r, ...(bevindingen ? { bevindingen } : {}) };
        const bestaand = this.lijst.find(n => sleutel(n) === sleutel(nieuw));
        if (bestaand) return bestaand.nummer;
        this.lijst.push(nieuw);
        return nieuw.nummer;
    }

    tekst(alinea: Alinea): Tekst {
        return alinea.map(z => {
            const noot = z.regelnummers && z.over ? this.nummer(z.over, z.regelnummers) : undefined;
            return noot ? { tekst: z.tekst, noot } : { tekst: z.tekst };
        });
    }

    aanbeveling(a: AanbevelingPunt): AanbevelingPunt {
        const begin = a.tekst.split(/[:.,]/)[0].split(' ');
        const over = `de aanbeveling "${begin.slice(0, 6).join(' ')}${begin.length > 6 ? ' …' : ''}"`;
        return { ...a, noot: this.nummer(over, a.naarAanleidingVan.map(x => x.regelnummer), a.naarAanleidingVan)! };
    }
}

/**
 * NPM said in full and explained where the note first uses it (R1 §2.1); later it is just NPM. A part
 * that already writes the words out is left alone.
 */
function legNpmUit(teksten: readonly Tekst[]): void {
    for (const tekst of teksten) {
        for (const deel of tekst) {
            if (/New Public Management/.test(deel.tekst)) return;
            if (/\bNPM\b/.test(deel.tekst)) {
                deel.tekst = deel.tekst.replace(/\bNPM\b/, NPM_VOLUIT);
                return;
            }
        }
    }
}

function gemeenteSamenvatting(g: Gemeente, p: GovernanceProfile, alle: Bevinding[], docs: DocumentationProvider, ontwikkeling: GemeenteSamenvatting['ontwikkeling']): GemeenteSamenvatting {
    const f = p.feiten;
    const bereik: Bereik = f.plek.bereik;
    const eigen = alle.filter(b => binnen(b.bereik, bereik));
    const periode = f.periode?.tekst ?? null;
    const noten = new Noten();
    const t = typering(p);
    const themas = aanbevelingenVoor(eigen);
    const eerst = belangrijksteAanbevelingen(themas, eigen);
    // Notes in reading order: in het kort, then the typing, then the recommendations that follow.
    const kort = { typering: noten.tekst(kortAlinea(p, g.name)), aanbevelingen: eerst.map(a => noten.aanbeveling(a)) };
    const typeringTekst = {
        tabel: t.tabel,
        fasen: t.fasen.map(f => ({ fasen: f.fasen, tekst: noten.tekst(f.alinea) })),
        type: noten.tekst(t.type),
        regie: noten.tekst(t.regie),
        ...(t.ambitie ? { ambitie: noten.tekst(t.ambitie) } : {})
    };
    const overige = themas.map(x => ({ thema: x.thema, punten: x.punten.filter(a => !eerst.includes(a)).map(a => noten.aanbeveling(a)) })).filter(x => x.punten.length > 0);
    // The prose in reading order, for NPM's first use; the development's sentence is prose too.
    const ontwikkelingZin: Tekst = ontwikkeling ? [{ tekst: ontwikkeling.zin }] : [];
    const proza: Tekst[] = [kort.typering, ...kort.aanbevelingen.map(a => [{ tekst: a.tekst }]), ...typeringTekst.fasen.map(f => f.tekst), typeringTekst.type, typeringTekst.regie, typeringTekst.ambitie ?? [], ontwikkelingZin];
    legNpmUit(proza);
    if (ontwikkeling) ontwikkeling = { ...ontwikkeling, zin: ontwikkelingZin[0].tekst };
    const gedeclareerd = f.opgegevenType.gedeclareerd?.waarde ?? null;
    const ambitieType = f.opgegevenType.ambitie?.waarde ?? null;
    const probleem = f.algemeen.find(x => x.soort === 'probleem');
    return {
        naam: g.name,
        titel: `Gemeente ${g.name}${periode ? `, ${periode}` : ''}`,
        toelichting: docs.getDocumentation(g)?.trim() || null,
        periode,
        probleem: probleem ? labelVan('Probleem', probleem.waarde) : null,
        bereik,
        kort,
        typering: typeringTekst,
        ontwikkeling,
        aanbevelingen: overige,
        typeZin: typeZin(p),
        voorlopig: p.voorlopig,
        gedeclareerd,
        ambitieType,
        overzicht: overzicht(p, gedeclareerd, ambitieType),
        profiel: INGREDIENTEN.map(info => {
            const i = p.governancetype.ingredienten.find(x => x.ingredient === info.id)!;
            return { ingredient: info.label, geschreven: geschrevenLabels(i), richting: ingredientRichting(i) };
        }),
        cyclus: cyclus(p),
        regierollen: REGIEROL_IDS.map(rol => ({ rol, label: REGIEROL_LABEL[rol], aantal: p.regie.telling[rol] })),
        regie: regie(p),
        ladder: ladder(p),
        partijen: f.partijen.map(x => ({ naam: x.name, titel: x.naam || null, soort: labelVan('PartijSoort', x.soort), sector: x.sector ? labelVan('Sector', x.sector) : null })),
        teams: f.teams.map(x => teamKaart(x, docs)),
        noten: noten.lijst,
        bevindingen: eigen
    };
}

/** What Sturing concludes, one row per part, with how firm it is: the same fields the prose reads. */
function overzicht(p: GovernanceProfile, gedeclareerd: string | null, ambitieType: string | null): OverzichtRij[] {
    const o = p.opvatting;
    const r = p.regie;
    const telling = REGIEROL_IDS.filter(k => r.telling[k] > 0).map(k => `${r.telling[k]} × ${REGIEROL_LABEL[k]}`).join(', ');
    const rijen: OverzichtRij[] = [
        {
            onderdeel: 'Sturingsopvatting',
            uitkomst: o.geheel ? opvattingWoord(o.geheel) : o.fasen.some(f => f.zekerheid !== 'onvoldoende') ? 'gemengd: de fasen wijzen verschillende kanten op' : 'nog niet te bepalen',
            onderbouwing: o.geheel ? zekerheidWoord(o.zekerheid) : '—'
        },
        { onderdeel: 'Governancetype', uitkomst: typeZin(p), onderbouwing: onderbouwingZin(p.governancetype) }
    ];
    if (gedeclareerd) rijen.push({ onderdeel: 'Zelf opgegeven governancetype', uitkomst: typeLabel(gedeclareerd as GovernanceTypeId), onderbouwing: 'zo staat het in het ontwerp' });
    if (ambitieType) rijen.push({ onderdeel: 'Governancetype van de ambitie', uitkomst: typeLabel(ambitieType as GovernanceTypeId), onderbouwing: 'zo staat het in het ontwerp' });
    rijen.push(
        {
            onderdeel: 'Regierol', uitkomst: regierolWoorden(p) ?? 'niet beschreven',
            onderbouwing: r.herkomst === 'geen' ? '—' : `${zekerheidWoord(r.zekerheid)}: ${telling}${r.herkomst === 'fasen' ? '; afgeleid uit de fasen' : ''}`
        },
        { onderdeel: 'Sturing op', uitkomst: niveauZin(p), onderbouwing: '—' },
        { onderdeel: 'Beleidscyclus', uitkomst: cyclusZin(p), onderbouwing: '—' }
    );
    return rijen;
}

function cyclus(p: GovernanceProfile): CyclusFase[] {
    return FASEN.map(info => {
        const fase = p.feiten.fase(info.id);
        const fo = p.opvatting.fasen.find(f => f.fase === info.id);
        const type = p.governancetype.fasen.find(f => f.fase === info.id);
        const zekerheid = faseTypeZekerheid(p, info.id);
        const opvattingTekst = !fase ? 'ontbreekt' : !fo || fo.zekerheid === 'onvoldoende' ? 'te weinig gegevens'
            : fo.opvatting ? `${opvattingKort(fo.opvatting)} (${zekerheidWoord(fo.zekerheid)})` : `mengvorm (${zekerheidWoord(fo.zekerheid)})`;
        return {
            fase: info.id,
            nummer: info.nummer,
            label: WOORDENSCHAT.FaseSoort[info.id].label,
            aanwezig: !!fase,
            opvatting: fo && fo.zekerheid !== 'onvoldoende' ? fo.opvatting ?? null : null,
            opvattingTekst,
            type: !fase ? '—' : type?.primair && zekerheid && zekerheid !== 'onvoldoende' ? `${typeLabel(type.primair)} (${zekerheidWoord(zekerheid)})` : 'nog niet te bepalen',
            rollen: fase ? [...new Set(fase.van('rol').map(rolLabel))] : [],
            partijen: fase ? fase.van('partijrol').map(f => `${partijNaamVan(f.partij)}: ${labelVan('PartijRolSoort', f.waarde)}`) : []
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

function teamKaart(t: TeamFeiten, docs: DocumentationProvider): TeamKaart {
    return {
        naam: t.naam,
        titel: t.titel ?? null,
        toelichting: docs.getDocumentation(t.node)?.trim() || null,
        kenmerken: teamKenmerken(t),
        leden: t.leden.map(l => l.ref ? partijNaam(l.ref) : l.$refText).filter((l): l is string => !!l),
        doelen: t.doelen.map(d => ({ omschrijving: d.omschrijving ?? '', indicatoren: d.indicatoren.map(i => i.streefwaarde ? `${i.omschrijving} (streefwaarde ${i.streefwaarde})` : i.omschrijving ?? '') }))
    };
}
