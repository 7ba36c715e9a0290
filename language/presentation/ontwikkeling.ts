import type { FaseSoort } from '../generated/ast.js';
import type { Opvatting } from '../framework/conception-model.js';
import { FASEN } from '../framework/phases.js';
import type { GovernanceProfile } from '../inference/profile-types.js';
import { faseNaam, opsomming, opvattingKort, regieTypering, typeKort, typeLabel } from './profile-text.js';

/**
 * The words for a gemeente described over more than one period (one file per period): what each
 * period looks like in a few words, side by side, and one sentence on what moved between the first
 * and the last. Read from the profiles only (type, conception per phase, regierol, steering level).
 */

/** One period as a column of the Ontwikkeling table. */
export interface PeriodeKolom {
    governancetype: string;
    opvattingPerFase: Array<{ fase: FaseSoort; opvatting: string }>;
    regierol: string;
    sturingOp: string;
}

export function periodeKolom(p: GovernanceProfile): PeriodeKolom {
    return {
        governancetype: typeKort(p),
        opvattingPerFase: FASEN.map(info => ({ fase: info.id, opvatting: faseOpvattingKort(p, info.id) })),
        regierol: regieTypering(p) ?? 'niet beschreven',
        sturingOp: niveauKort(p) ?? 'niet beschreven'
    };
}

/** The conception of one phase in a word: "governance", "NPM", "onbepaald", or "—" when the phase is not described. */
function faseOpvattingKort(p: GovernanceProfile, fase: FaseSoort): string {
    const fo = p.opvatting.fasen.find(f => f.fase === fase);
    if (!fo) return '—';
    return fo.zekerheid === 'onvoldoende' || !fo.opvatting ? 'onbepaald' : opvattingKort(fo.opvatting);
}

function bepaaldeOpvatting(p: GovernanceProfile, fase: FaseSoort): Opvatting | undefined {
    const fo = p.opvatting.fasen.find(f => f.fase === fase);
    return fo && fo.zekerheid !== 'onvoldoende' ? fo.opvatting : undefined;
}

/** "input", or "output en throughput" for a mix. */
function niveauKort(p: GovernanceProfile): string | undefined {
    const s = p.sturingOp;
    if (s.mix.length > 1) return opsomming(s.mix);
    return s.huidig;
}

const MEER: Record<Opvatting, string> = { government: 'klassieke overheidssturing', npm: 'NPM', governance: 'governance' };

/**
 * What moved between the first and the last period, in one sentence: "Van 2014 – 2018 naar
 * 2022 – 2026: van vooral input naar output; de uitvoering kreeg meer NPM." Only what can be
 * compared is compared: a phase without a conception, or a type that cannot be determined yet,
 * is left out rather than guessed.
 */
export function ontwikkelingsZin(perioden: ReadonlyArray<{ periode: string; profiel: GovernanceProfile }>): string {
    if (perioden.length < 2) return '';
    const eerste = perioden[0], laatste = perioden[perioden.length - 1];
    const a = eerste.profiel, b = laatste.profiel;
    const delen: string[] = [];

    const nuA = niveauKort(a), nuB = niveauKort(b);
    if (nuA && nuB && nuA !== nuB) delen.push(`van vooral ${nuA} naar ${nuB}`);

    // Phases that moved towards the same conception are named together: "de kaderstelling en de uitvoering kregen meer NPM".
    const naarOpvatting = new Map<Opvatting, FaseSoort[]>();
    const bijOfWeg: string[] = [];
    for (const info of FASEN) {
        const van = bepaaldeOpvatting(a, info.id), naar = bepaaldeOpvatting(b, info.id);
        const beschrevenA = a.opvatting.fasen.some(f => f.fase === info.id), beschrevenB = b.opvatting.fasen.some(f => f.fase === info.id);
        if (van && naar && van !== naar) naarOpvatting.set(naar, [...(naarOpvatting.get(naar) ?? []), info.id]);
        else if (!beschrevenA && beschrevenB) bijOfWeg.push(`${faseNaam(info.id)} is er nu bij${naar ? ` (${opvattingKort(naar)})` : ''}`);
        else if (beschrevenA && !beschrevenB) bijOfWeg.push(`${faseNaam(info.id)} staat er niet meer in`);
    }
    for (const [naar, fasen] of naarOpvatting) delen.push(`${opsomming(fasen.map(faseNaam))} ${fasen.length > 1 ? 'kregen' : 'kreeg'} meer ${MEER[naar]}`);
    delen.push(...bijOfWeg);

    const typeA = bepaaldType(a), typeB = bepaaldType(b);
    if (typeA && typeB && typeA !== typeB) delen.push(`het governancetype ging van ${typeLabel(typeA)} naar ${typeLabel(typeB)}`);
    const regieA = regieTypering(a), regieB = regieTypering(b);
    if (regieA && regieB && regieA !== regieB) delen.push(`de regierol ging van ${regieA} naar ${regieB}`);

    const span = `Van ${eerste.periode} naar ${laatste.periode}`;
    if (delen.length === 0) {
        return `${span} bleef het beeld gelijk: hetzelfde governancetype, dezelfde opvatting per fase, regierol en sturingsniveau, voor zover die te bepalen zijn.`;
    }
    const vast = typeA && typeA === typeB ? ` Het governancetype bleef ${typeLabel(typeA)}.` : '';
    return `${span}: ${delen.join('; ')}.${vast}`;
}

function bepaaldType(p: GovernanceProfile): GovernanceProfile['governancetype']['primair'] {
    const t = p.governancetype;
    return t.zekerheid !== 'onvoldoende' ? t.primair : undefined;
}
