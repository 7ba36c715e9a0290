import * as path from 'node:path';
import { isGemeente } from '../language/generated/ast.js';
import { INGREDIENTEN } from '../language/framework/governance-types.js';
import { opvatting } from '../language/framework/conceptions.js';
import type { GovernanceProfile } from '../language/inference/profile-types.js';
import { profielAlsJson, type ProfielJson } from '../language/presentation/profile-json.js';
import { cyclusZin, geschrevenZin, ingredientRichting, niveauZin, opvattingZin, regieZin, scoresZin, typeZin } from '../language/presentation/profile-text.js';
import { laadWerkruimte } from './workspace.js';

export interface GemeenteProfiel {
    bestand: string;
    profiel: GovernanceProfile;
}

/** The inferred profile of every gemeente in the given files and folders. */
export async function profielen(paden: readonly string[], waarschuw?: (tekst: string) => void): Promise<GemeenteProfiel[]> {
    const { services, documenten } = await laadWerkruimte(paden, waarschuw);
    return documenten.flatMap(doc => {
        const bestand = path.relative(process.cwd(), doc.uri.fsPath) || doc.uri.fsPath;
        return doc.parseResult.value.elementen.filter(isGemeente).filter(g => g.name)
            .map(g => ({ bestand, profiel: services.inference.ProfileProvider.profiel(g) }));
    });
}

export function alsJson(items: readonly GemeenteProfiel[]): ProfielJson[] {
    return items.map(i => profielAlsJson(i.profiel, i.bestand));
}

/** A readable Dutch report, one block per gemeente. */
export function alsTekstrapport(items: readonly GemeenteProfiel[]): string {
    return items.map(({ bestand, profiel: p }) => {
        const regels = [
            `Gemeente ${p.gemeente} (${bestand})`,
            `  Governancetype:      ${typeZin(p)}`,
            `  Scores:              ${scoresZin(p)}`,
            `  Sturingsopvatting:   ${opvattingZin(p)}${p.opvatting.fasen.length ? ' — ' + p.opvatting.fasen.map(f => `${f.fase}: ${f.opvatting ? opvatting(f.opvatting).id : 'onbepaald'}`).join(', ') : ''}`,
            `  Type per fase:       ${p.fasetypen.map(f => `${f.fase}: ${f.type ?? 'onbepaald'}`).join(', ') || '—'}`,
            `  Regierol:            ${regieZin(p)}`,
            `  Sturing op:          ${niveauZin(p)}`,
            `  Beleidscyclus:       ${cyclusZin(p)}`,
            '  Ingrediënten (R1 §2.2):'
        ];
        for (const info of INGREDIENTEN) {
            const i = p.governancetype.ingredienten.find(x => x.ingredient === info.id)!;
            regels.push(`    ${info.label.padEnd(34)} ${geschrevenZin(i)}  →  ${ingredientRichting(i)}`);
        }
        if (p.waarom.length) regels.push('  Waarom:', ...p.waarom.map(w => `    - ${w}`));
        return regels.join('\n');
    }).join('\n\n') + '\n';
}
