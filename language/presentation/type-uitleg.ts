import { FASEN } from '../framework/phases.js';
import type { GovernanceProfile } from '../inference/profile-types.js';
import {
    cyclusZin, faseNaam, faseOpvattingZin, niveauZin, onderbouwingZin, opvattingKort, profielTabel, regieZin, rijenTabel, typeLabel as label, typeZin, waaromZinnen, zekerheidWoord
} from './profile-text.js';
import { redeneringAlinea } from './redenering.js';

/**
 * "Meer uitleg" under the hover on a gemeente: why Sturing types this gemeente as it does, in full, for
 * the advisor who wants to check it against the file. The hover is a short profile; this is the whole
 * reasoning in the researchers' order (R1 §3.x.4) with the lines every claim rests on, the profile table
 * of R1 fig. 5, the rows of fig. 1 per phase (what counts and what does not), what points to the type and
 * what away, the regie, the steering level and the cycle. Markdown, rendered beside the editor in VS Code
 * and in a tab of its own on the browser page. The summary is the note for the wethouder; this is the
 * advisor's working page.
 */
/** The command the hover's "Meer uitleg" link runs, with the document's URI and the gemeente's name (VS Code and the browser page). */
export const TYPE_UITLEG_OPDRACHT = 'sturing.toonTypeUitleg';

export interface TypeUitleg {
    titel: string;
    markdown: string;
}

/** `algemeen`: the address of the page on how Sturing infers the type in general (it differs per environment). */
export function typeUitleg(p: GovernanceProfile, periode: string | null, algemeen?: string): TypeUitleg {
    const t = p.governancetype;
    const type = t.primair && t.zekerheid !== 'onvoldoende' ? label(t.primair) : undefined;
    const titel = `${type ? `Waarom ${type}?` : 'Welk governancetype?'} Gemeente ${p.gemeente}${periode ? `, ${periode}` : ''}`;
    const delen: string[] = [`# ${titel}`, ''];
    delen.push(`**Governancetype:** ${typeZin(p)} — ${onderbouwingZin(t)}.`, '');
    delen.push('## De redenering', '',
        'Sturing redeneert in de volgorde van de onderzoekers (R1 §3.x.4): eerst government, NPM of governance, per fase en voor de aanpak als geheel; dan het governancetype binnen die opvatting, met het type dat er in mindere mate in zit; dan de regierol. Achter elke bewering staan de regels van het ontwerp waarop zij rust.', '');
    for (const alinea of redeneringAlinea(p)) delen.push(alinea, '');

    delen.push('## Wat er per ingrediënt staat (R1 §2.2 fig. 2 en 5)', '',
        'Een governancetype is een combinatie van vier ingrediënten. Per ingrediënt: wat het ontwerp zegt en naar welk type dat vooral wijst.', '',
        profielTabel(p), '');
    const waarom = waaromZinnen(p, 8);
    if (waarom.length) delen.push('Per regel van het ontwerp:', '', ...waarom.map(w => `- ${w}`), '');

    delen.push('## Per fase: government, NPM of governance? (R1 §2.1 fig. 1)', '');
    if (p.opvatting.fasen.length === 0) delen.push('Er zijn nog geen fasen beschreven.', '');
    for (const fo of p.opvatting.fasen) {
        const info = FASEN.find(f => f.id === fo.fase)!;
        delen.push(`### ${info.nummer}. ${fo.fase}: ${faseOpvattingZin(fo)}`, '');
        if (fo.samenMet) {
            const eigen = fo.eigen.opvatting ? `${opvattingKort(fo.eigen.opvatting)} (${zekerheidWoord(fo.eigen.zekerheid)})` : 'een mengvorm';
            delen.push(`De gemeente is in de uitvoering nog opdrachtgever, dus Sturing leest deze fase samen met ${faseNaam(fo.samenMet)} als één opdrachtrelatie (R1 §2.4). Op haar eigen regels zou deze fase ${eigen} zijn.`, '');
        }
        if (fo.rijen.length || fo.neutraal.length) delen.push(rijenTabel(fo), '');
        const fasetype = t.fasen.find(f => f.fase === fo.fase);
        if (fasetype?.primair && fasetype.zekerheid !== 'onvoldoende') delen.push(`Governancetype van deze fase: ${label(fasetype.primair)} (${zekerheidWoord(fasetype.zekerheid)}).`, '');
    }

    delen.push('## Regie, sturingsniveau en beleidscyclus', '',
        `- **Regierol (R1 §2.3 fig. 3):** ${regieZin(p)}.`,
        `- **Sturing op (R1 §2.5):** ${niveauZin(p)}.`,
        `- **Beleidscyclus (R1 §2.4):** ${cyclusZin(p)}.`, '');
    if (algemeen) delen.push(`Hoe Sturing dit in het algemeen afleidt, met alle tabellen en een uitgewerkt voorbeeld: [Hoe Sturing het governancetype bepaalt](${algemeen}).`, '');
    delen.push('_Bronnen: R1 — Wester & Schurer (2016), Sturing van de gebiedsgerichte aanpak; R2 — Wester (2011/2012), De Wmo werkplaatsen en governance. De praktijk is altijd een mengvorm; dit is een typering volgens het raamwerk, geen oordeel._', '');
    return { titel, markdown: delen.join('\n') };
}
