import { AstUtils } from 'langium';
import { isGemeente, type FaseSoort, type Gemeente } from '../../generated/ast.js';
import { FASE_VOLGORDE } from '../../framework/phases.js';
import { geldigeFasen } from '../../util/ast-util.js';
import { actie, dieper, voegRegelsToeNa, voegRegelsToeVoor, zonderLeeg } from '../edits.js';
import type { Regel } from '../rule-types.js';

const SKELET: Record<FaseSoort, string[]> = {
    verkenning: ['fase verkenning {', 'gemeente regisseur', '}'],
    kaderstelling: ['fase kaderstelling {', 'gemeente opdrachtgever, regisseur', '}'],
    uitvoering: ['fase uitvoering {', 'gemeente regisseur', '}'],
    evaluatie: ['fase evaluatie {', 'gemeente regisseur', '}']
};

export const kleineCyclus: Regel = {
    id: 'kleine-cyclus',
    standaard: 'waarschuwing',
    titel: 'Kaderstelling en uitvoering zijn beschreven, maar verkenning en/of evaluatie ontbreekt (alleen de kleine cyclus).',
    bron: 'R1 §2.4',
    checks: {
        Gemeente: (g, ctx) => {
            const p = ctx.profiel(g);
            if (p.cyclus.soort !== 'klein') return;
            const ontbreekt = p.cyclus.ontbrekend;
            ctx.meld(g, `Alleen de kleine cyclus is beschreven: ${ontbreekt.join(' en ')} ${ontbreekt.length > 1 ? 'ontbreken' : 'ontbreekt'}. Zonder verkenning en evaluatie krijgen de analyse van het maatschappelijk probleem en het bepalen van de koers te weinig aandacht (R1 §2.4).`,
                { property: 'name', fix: { ontbreekt } });
        }
    },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!gemeente) return [];
        const ontbreekt = (ctx.fix.ontbreekt as FaseSoort[] | undefined) ?? [];
        const edits = zonderLeeg(ontbreekt.map(soort => voegFaseToe(ctx.document, gemeente, soort)));
        if (edits.length === 0) return [];
        return [actie(`Voeg ${ontbreekt.map(f => `fase ${f}`).join(' en ')} toe`, ctx.document, ctx.diagnostic, edits, true)];
    }
};

/** Inserts a phase skeleton at its place in the cycle: before the first later phase, or after the last earlier one. */
export function voegFaseToe(document: Parameters<typeof voegRegelsToeNa>[0], gemeente: Gemeente, soort: FaseSoort, extra: string[] = []) {
    const [kop, rol, slot] = SKELET[soort];
    const binnen = dieper(document, '');
    const regels = [kop, binnen + rol, ...extra.map(e => binnen + e), slot];
    const fasen = geldigeFasen(gemeente);
    const positie = FASE_VOLGORDE.indexOf(soort);
    const later = fasen.find(f => FASE_VOLGORDE.indexOf(f.soort) > positie);
    if (later) return voegRegelsToeVoor(document, later, regels);
    const eerder = [...fasen].reverse().find(f => FASE_VOLGORDE.indexOf(f.soort) < positie);
    if (eerder) return voegRegelsToeNa(document, eerder, regels);
    return undefined;
}

