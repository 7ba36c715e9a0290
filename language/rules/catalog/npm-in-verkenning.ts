import type { Fase, Gemeente } from '../../generated/ast.js';
import { isBekostiging, isFase, isGemeente, isInstrument } from '../../generated/ast.js';
import { begrip } from '../../framework/vocabulary.js';
import { AstUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { actie, brontekst, dieper, verwijderStatement, verwijderWaarde, vervang, voegRegelsToeNa, voegToeAanBegin, zonderLeeg } from '../edits.js';
import type { FixContext, Regel } from '../rule-types.js';
import { fase } from '../../util/ast-util.js';

const BRON = 'R2 §2.1; R1 §4.2, §5.2 concl. 5';

export const npmInVerkenning: Regel = {
    id: 'npm-in-verkenning',
    standaard: 'waarschuwing',
    titel: 'In de verkenningsfase staat een NPM-rol, -instrument of -bekostiging (opdrachtgever, marktmeester, contract, aanbesteding, p-x-q).',
    bron: BRON,
    checks: {
        Fase: (f, ctx) => {
            if (f.soort !== 'verkenning') return;
            f.rollen.forEach((rol, index) => {
                if (begrip('GemeenteRol', rol)?.marktwerking) {
                    ctx.meld(f, `In de verkenning is de gemeente hier ${rol}; wie verwacht later om een opdracht te concurreren, deelt tijdens de verkenning minder kennis (${BRON}).`, { property: 'rollen', index, fix: { soort: 'rol', rol } });
                }
            });
            for (const i of f.instrumenten) {
                if (begrip('InstrumentSoort', i.soort)?.marktwerking) {
                    ctx.meld(i, `In de verkenningsfase staat een ${i.soort}; partijen die later met elkaar concurreren, delen dan minder kennis over het probleem (${BRON}).`, { property: 'soort', fix: { soort: 'instrument' } });
                }
            }
            for (const b of f.bekostigingen) {
                if (begrip('Bekostigingsmodel', b.model)?.marktwerking) {
                    ctx.meld(b, `In de verkenningsfase wordt ${b.partij?.$refText ?? 'een partij'} bekostigd via ${b.model}: productie- en contractfinanciering hoort bij de contractering, niet bij het gezamenlijk verkennen (${BRON}).`, { property: 'model', fix: { soort: 'bekostiging' } });
                }
            }
        }
    },
    herstel: (ctx: FixContext) => {
        const verkenning = AstUtils.getContainerOfType(ctx.node, isFase);
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!verkenning || !gemeente) return [];
        const acties = [];
        const soort = ctx.fix.soort;
        if (soort === 'rol') {
            const rol = String(ctx.fix.rol);
            const index = verkenning.rollen.indexOf(rol as never);
            const weg = verwijderWaarde(ctx.document, verkenning, 'rollen', index, 'gemeente');
            if (weg) acties.push(actie(`Verplaats '${rol}' naar de kaderstelling`, ctx.document, ctx.diagnostic, [weg, ...naarKaderstelling(ctx, gemeente, verkenning, `gemeente ${rol}`, rol)], true));
            if (!verkenning.rollen.includes('regisseur')) {
                acties.push(actie(`Vervang '${rol}' door 'regisseur'`, ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'regisseur')]));
            }
        } else {
            const statement = AstUtils.getContainerOfType(ctx.node, n => isInstrument(n) || isBekostiging(n));
            if (!statement) return [];
            const weg = verwijderStatement(ctx.document, statement);
            if (weg) acties.push(actie('Verplaats naar de kaderstelling', ctx.document, ctx.diagnostic, [weg, ...naarKaderstelling(ctx, gemeente, verkenning, brontekst(statement))], true));
            acties.push(actie('Vervang door convenant', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'convenant')]));
            if (isInstrument(statement)) acties.push(actie('Vervang door overleg', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'overleg')]));
        }
        return acties;
    }
};

/** Adds a statement to the kaderstelling phase, creating that phase right after the verkenning if needed. */
function naarKaderstelling(ctx: FixContext, gemeente: Gemeente, verkenning: Fase, statement: string, rol?: string): TextEdit[] {
    const kader = fase(gemeente, 'kaderstelling');
    if (!kader) return zonderLeeg([voegRegelsToeNa(ctx.document, verkenning, ['fase kaderstelling {', `${dieper(ctx.document, '')}${statement}`, '}'])]);
    if (rol && kader.rollen.includes(rol as never)) return [];
    return zonderLeeg([voegToeAanBegin(ctx.document, kader, statement)]);
}
