import { vervoeg } from '../../presentation/namen.js';
import { AstUtils, GrammarUtils, type CstNode } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import type { Fase, Gemeente } from '../../generated/ast.js';
import { isBekostiging, isFase, isGemeente, isInstrument } from '../../generated/ast.js';
import { begrip } from '../../framework/vocabulary.js';
import { fase } from '../../util/ast-util.js';
import { actie, brontekst, dieper, verwijderStatement, verwijderWaarde, vervang, voegRegelsToeNa, voegToeAanBegin, voegToeAanEind, zonderLeeg } from '../edits.js';
import { regel, type FixContext } from '../rule-types.js';

export const npmInVerkenning = regel({
    id: 'npm-in-verkenning',
    standaard: 'waarschuwing',
    titel: 'In de verkenningsfase staat een NPM-rol, -instrument of -bekostiging (opdrachtgever, marktmeester, contract, aanbesteding, p-x-q), terwijl het probleem niet helder is.',
    bron: 'R2 §2.1; R1 §4.2, §5.2 concl. 5',
    aanbeveling: 'eisen-samen',
    berichten: {
        rol: 'In de verkenning is de gemeente al {{rol}}, een rol uit de contractering. Partijen die straks om de opdracht concurreren, delen dan minder kennis; verkennen doet zij beter als regisseur.',
        instrument: 'In de verkenning staat al een {{instrument}}. Partijen die straks om de opdracht concurreren, delen dan minder kennis over het probleem; dit hoort in de kaderstelling.',
        bekostiging: 'In de verkenning {{wordt}} {{partij}} al bekostigd via {{model}}. Dat hoort bij de contractering: tijdens het samen verkennen zet het partijen tegenover elkaar, en dan delen zij minder kennis.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const verkenning = feiten.fase('verkenning');
            // With a clear, agreed problem an NPM start is what the framework prescribes (R1 fig. 1).
            if (!verkenning || feiten.algemeen.some(f => f.soort === 'probleem' && f.kern === 'helder')) return;
            for (const f of verkenning.van('rol')) {
                if (begrip('GemeenteRol', f.kern)?.marktwerking) ctx.meldBij(f, 'rol', { data: { rol: f.waarde }, fix: { soort: 'rol', rol: f.waarde } });
            }
            for (const f of verkenning.van('instrument')) {
                if (begrip('InstrumentSoort', f.kern)?.marktwerking) ctx.meldBij(f, 'instrument', { data: { instrument: begrip('InstrumentSoort', f.kern)!.label }, fix: { soort: 'instrument' } });
            }
            for (const f of verkenning.van('bekostiging')) {
                if (begrip('Bekostigingsmodel', f.kern)?.marktwerking) ctx.meldBij(f, 'bekostiging', { data: { partij: f.partij?.$refText ?? 'een partij', wordt: vervoeg([f.partij?.$refText ?? 'een partij'], 'wordt', 'worden'), model: begrip('Bekostigingsmodel', f.kern)!.label }, fix: { soort: 'bekostiging' } });
            }
        }
    },
    herstel: (ctx: FixContext) => {
        const verkenning = AstUtils.getContainerOfType(ctx.node, isFase);
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!verkenning || !gemeente) return [];
        const acties = [];
        if (ctx.fix.soort === 'rol') {
            const rol = String(ctx.fix.rol);
            const index = verkenning.rollen.findIndex(r => r.rol === rol);
            const weg = verwijderWaarde(ctx.document, verkenning, 'rollen', index, 'gemeente');
            if (weg) acties.push(actie(`Verplaats '${rol}' naar de kaderstelling`, ctx.document, ctx.diagnostic, [weg, ...naarKaderstelling(ctx, gemeente, verkenning, `gemeente ${rol}`, rol)], true));
            if (!verkenning.rollen.some(r => r.rol === 'regisseur')) {
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
});

/**
 * Adds a statement to the kaderstelling phase, creating that phase right after the verkenning if needed.
 * A role joins the phase's existing `gemeente` line (`gemeente regisseur, opdrachtgever`) instead of
 * starting a second one.
 */
function naarKaderstelling(ctx: FixContext, gemeente: Gemeente, verkenning: Fase, statement: string, rol?: string): TextEdit[] {
    const kader = fase(gemeente, 'kaderstelling');
    if (!kader) return zonderLeeg([voegRegelsToeNa(ctx.document, verkenning, ['fase kaderstelling {', `${dieper(ctx.document, '')}${statement}`, '}'])]);
    if (rol && kader.rollen.some(r => r.rol === rol)) return [];
    const laatsteRol = rol ? laatsteVanEersteRolregel(kader) : undefined;
    if (laatsteRol) return [TextEdit.insert(laatsteRol.range.end, `, ${rol}`)];
    // A role opens the phase, as the gemeente line does everywhere; an instrument or funding line closes it.
    return zonderLeeg([rol ? voegToeAanBegin(ctx.document, kader, statement) : voegToeAanEind(ctx.document, kader, statement)]);
}

/** The last value of the first `gemeente …` line of a phase. */
function laatsteVanEersteRolregel(f: Fase): CstNode | undefined {
    const cst = f.$cstNode;
    if (!cst) return undefined;
    const keywords = GrammarUtils.findNodesForKeyword(cst, 'gemeente').filter(k => k.container === cst);
    const [eerste, volgende] = keywords;
    if (!eerste) return undefined;
    const groep = GrammarUtils.findNodesForProperty(cst, 'rollen').filter(w => w.offset > eerste.offset && (!volgende || w.offset < volgende.offset));
    return groep[groep.length - 1];
}
