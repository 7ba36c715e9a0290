import type { AstNode } from 'langium';
import type { Gemeente } from '../generated/ast.js';
import { begrip } from '../framework/vocabulary.js';
import { FASE_UITZONDERINGEN, KENNISBRON_COMBINATIES } from '../framework/inference-tables.js';
import { cstVan, eerste, geldigeFasen } from '../util/ast-util.js';
import type { Bereik, OpvattingFeit, Plek, TypeFeit } from './profile-types.js';

const LEEG: Bereik = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Where a fact was written. The range is computed only when asked for (hover, related information):
 * most facts are never shown, and finding a property's text is the costly part.
 */
export function plekVan(node: AstNode, property?: string, index?: number): Plek {
    let bereik: Bereik | undefined;
    return {
        node, property, index,
        get bereik(): Bereik {
            if (!bereik) {
                const r = cstVan(node, property, index)?.range;
                bereik = r ? { start: { ...r.start }, end: { ...r.end } } : LEEG;
            }
            return bereik;
        }
    };
}

/** Facts that point to a steering conception (Fig. 1), per phase. */
export function opvattingFeiten(gemeente: Gemeente): OpvattingFeit[] {
    const feiten: OpvattingFeit[] = [];
    for (const fase of geldigeFasen(gemeente)) {
        fase.rollen.forEach((rol, index) => {
            const b = begrip('GemeenteRol', rol);
            const uitzondering = FASE_UITZONDERINGEN.find(u => u.fase === fase.soort && u.rol === rol);
            feiten.push({
                label: `gemeente ${rol} in ${fase.soort}`, waarde: rol, fase: fase.soort, plek: plekVan(fase, 'rollen', index),
                gewicht: uitzondering ? uitzondering.opvatting : b?.opvatting ?? {},
                noot: uitzondering?.reden, bron: uitzondering?.bron ?? b?.bron ?? ''
            });
        });
        fase.instrumenten.forEach(instrument => {
            const b = begrip('InstrumentSoort', instrument.soort);
            if (b?.opvatting) feiten.push({ label: `instrument ${instrument.soort} in ${fase.soort}`, waarde: instrument.soort, fase: fase.soort, plek: plekVan(instrument, 'soort'), gewicht: b.opvatting, bron: b.bron });
        });
        fase.bekostigingen.forEach(bekostiging => {
            const b = begrip('Bekostigingsmodel', bekostiging.model);
            if (b?.opvatting) feiten.push({ label: `bekostiging ${bekostiging.partij?.$refText ?? ''} ${bekostiging.model} in ${fase.soort}`.replace('  ', ' '), waarde: bekostiging.model, fase: fase.soort, plek: plekVan(bekostiging, 'model'), gewicht: b.opvatting, bron: b.bron });
        });
        const eisen = eerste(fase.eisen);
        const eisenBegrip = begrip('Eisen', eisen);
        if (eisen && eisenBegrip?.opvatting) feiten.push({ label: `eisen ${eisen} in ${fase.soort}`, waarde: eisen, fase: fase.soort, plek: plekVan(fase, 'eisen', 0), gewicht: eisenBegrip.opvatting, bron: eisenBegrip.bron });
        const monitoring = eerste(fase.monitoring);
        const monitoringBegrip = begrip('Wie', monitoring);
        if (monitoring && monitoringBegrip?.opvatting) feiten.push({ label: `monitoring ${monitoring} in ${fase.soort}`, waarde: monitoring, fase: fase.soort, plek: plekVan(fase, 'monitoring', 0), gewicht: monitoringBegrip.opvatting, bron: monitoringBegrip.bron });
    }
    return feiten;
}

/** Facts for the four ingredients of the governance types (Fig. 2). */
export function typeFeiten(gemeente: Gemeente): TypeFeit[] {
    const feiten: TypeFeit[] = [];
    const verantwoordelijkheid = eerste(gemeente.verantwoordelijkheid);
    const vb = begrip('Verantwoordelijkheid', verantwoordelijkheid);
    if (verantwoordelijkheid && vb) feiten.push({ ingredient: 'verantwoordelijkheid', label: `verantwoordelijkheid ${verantwoordelijkheid}`, waarde: verantwoordelijkheid, plek: plekVan(gemeente, 'verantwoordelijkheid', 0), affiniteit: vb.affiniteit ?? {}, bron: vb.bron });
    const scenario = eerste(gemeente.scenario);
    const sb = begrip('Scenario', scenario);
    if (scenario && sb) feiten.push({ ingredient: 'verantwoordelijkheid', label: `scenario ${scenario}`, waarde: scenario, plek: plekVan(gemeente, 'scenario', 0), affiniteit: sb.affiniteit ?? {}, bron: sb.bron });

    for (const fase of geldigeFasen(gemeente)) {
        fase.rollen.forEach((rol, index) => {
            const b = begrip('GemeenteRol', rol);
            const uitzondering = FASE_UITZONDERINGEN.find(u => u.fase === fase.soort && u.rol === rol);
            feiten.push({
                ingredient: 'rol', label: `gemeente ${rol} in ${fase.soort}`, waarde: rol, fase: fase.soort, plek: plekVan(fase, 'rollen', index),
                affiniteit: uitzondering ? uitzondering.affiniteit : b?.affiniteit ?? {},
                noot: uitzondering?.reden, bron: uitzondering?.bron ?? b?.bron ?? ''
            });
        });
        fase.kennisbronnen.forEach((bron, index) => {
            const b = begrip('Kennisbron', bron);
            if (b) feiten.push({ ingredient: 'kennisbron', label: `kennisbron ${bron} in ${fase.soort}`, waarde: bron, fase: fase.soort, plek: plekVan(fase, 'kennisbronnen', index), affiniteit: b.affiniteit ?? {}, bron: b.bron });
        });
        for (const combinatie of KENNISBRON_COMBINATIES) {
            if (combinatie.samen.every(k => fase.kennisbronnen.includes(k))) {
                const index = fase.kennisbronnen.indexOf(combinatie.samen[combinatie.samen.length - 1]);
                feiten.push({ ingredient: 'kennisbron', label: `${combinatie.label} in ${fase.soort}`, waarde: combinatie.samen.join('+'), fase: fase.soort, plek: plekVan(fase, 'kennisbronnen', index), affiniteit: combinatie.affiniteit, bron: combinatie.bron });
            }
        }
        for (const participatie of fase.participatie) {
            const b = begrip('ParticipatieNiveau', participatie.niveau);
            if (b) feiten.push({ ingredient: 'participatie', label: `burgerparticipatie ${participatie.niveau} in ${fase.soort}`, waarde: participatie.niveau, fase: fase.soort, plek: plekVan(participatie, 'niveau'), affiniteit: b.affiniteit ?? {}, bron: b.bron });
        }
    }
    return feiten;
}
