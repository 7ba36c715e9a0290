import { test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { valideer, leesVoorbeeld } from './helpers.js';
import { inferProfile } from '../language/inference/infer-profile.js';
import { isGemeente } from '../language/generated/ast.js';
test('p', async () => {
    const files = readdirSync('tests/fixtures/typen').map(f => ['tests/fixtures/typen/' + f, readFileSync('tests/fixtures/typen/' + f, 'utf8')]);
    files.push(['voorbeeldstad', leesVoorbeeld('voorbeeldstad.sturing')], ['groningen', leesVoorbeeld('groningen-2014.sturing')]);
    for (const [f, t] of files) {
        const doc = await valideer(t);
        const g = doc.parseResult.value.elementen.find(isGemeente)!;
        const p = inferProfile(g);
        const s = p.governancetype.scores;
        console.log(f, doc.diagnostics?.filter(d=>d.severity===1).length, p.governancetype.primair, p.governancetype.secundair, p.governancetype.dichterBij, JSON.stringify(s), p.opvatting.geheel, p.opvatting.fasen.map(x => x.fase + ':' + x.opvatting).join(','), p.regie.typering, p.sturingOp.huidig, p.sturingOp.ambitie, p.cyclus.soort, p.fasetypen.map(x => x.fase + ':' + x.type).join(','), '\n  ', p.waarom.join(' | '));
    }
});
