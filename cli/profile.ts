import * as path from 'node:path';
import { isGemeente } from '../language/generated/ast.js';
import { INGREDIENTEN } from '../language/framework/governance-type-model.js';
import type { GovernanceProfile } from '../language/inference/profile-types.js';
import { profielAlsJson, type ProfielJson } from '../language/presentation/profile-json.js';
import {
    cyclusZin, faseOpvattingZin, geschrevenZin, ingredientRichting, niveauZin, onderbouwingZin, opvattingZin, regieZin, typeLabel, typeZin,
    zekerheidWoord
} from '../language/presentation/profile-text.js';
import { redeneringAlinea } from '../language/presentation/redenering.js';
import { jarenVan } from '../language/util/periode.js';
import { laadWerkruimte } from './workspace.js';

export interface GemeenteProfiel {
    bestand: string;
    /** "2014 – 2018": the same gemeente may be described for several periods. */
    periode: string | null;
    profiel: GovernanceProfile;
}

/** The inferred profile of every gemeente in the given files and folders. */
export async function profielen(paden: readonly string[], waarschuw?: (tekst: string) => void): Promise<GemeenteProfiel[]> {
    const { services, documenten } = await laadWerkruimte(paden, waarschuw);
    return documenten.flatMap(doc => {
        const bestand = path.relative(process.cwd(), doc.uri.fsPath) || doc.uri.fsPath;
        return doc.parseResult.value.elementen.filter(isGemeente).filter(g => g.name)
            .map(g => ({ bestand, periode: jarenVan(g)?.tekst ?? null, profiel: services.inference.ProfileProvider.profiel(g) }));
    });
}

export function alsJson(items: readonly GemeenteProfiel[]): ProfielJson[] {
    return items.map(i => profielAlsJson(i.profiel, i.bestand));
}

/** A readable Dutch report, one block per gemeente. */
export function alsTekstrapport(items: readonly GemeenteProfiel[]): string {
    return items.map(({ bestand, periode, profiel: p }) => {
        const t = p.governancetype;
        const regels = [
            `Gemeente ${p.gemeente}${periode ? `, ${periode}` : ''} (${bestand})`,
            `  Governancetype:      ${typeZin(p)}`,
            `  Onderbouwing:        ${onderbouwingZin(t)}`,
            '  Redenering (zoals R1 §3.x.4):',
            ...redeneringAlinea(p).map(a => omgebroken(a, '    ')),
            `  Sturingsopvatting:   ${opvattingZin(p)}`,
            ...p.opvatting.fasen.map(f => `    ${f.fase.padEnd(17)} ${faseOpvattingZin(f)}`),
            `  Type per fase:       ${t.fasen.map(f => `${f.fase}: ${f.primair && f.zekerheid !== 'onvoldoende' ? `${typeLabel(f.primair)} (${zekerheidWoord(f.zekerheid)})` : 'nog niet te bepalen'}`).join(', ') || '—'}`,
            `  Regierol:            ${regieZin(p)}`,
            `  Sturing op:          ${niveauZin(p)}`,
            `  Beleidscyclus:       ${cyclusZin(p)}`,
            '  Ingrediënten (R1 §2.2):'
        ];
        for (const info of INGREDIENTEN) {
            const v = t.ingredienten.find(x => x.ingredient === info.id)!;
            regels.push(`    ${info.label.padEnd(34)} ${geschrevenZin(v)}  →  ${ingredientRichting(v)}`);
        }
        return regels.join('\n');
    }).join('\n\n') + '\n';
}

/** A paragraph broken at about 100 characters, each line indented. */
function omgebroken(tekst: string, inspringing: string, breedte = 100): string {
    const regels: string[] = [];
    let regel = '';
    for (const woord of tekst.split(' ')) {
        if (regel && regel.length + woord.length + 1 > breedte) {
            regels.push(regel);
            regel = woord;
        } else regel = regel ? `${regel} ${woord}` : woord;
    }
    if (regel) regels.push(regel);
    return regels.map(r => inspringing + r).join('\n');
}
