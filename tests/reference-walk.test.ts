import { AstUtils, DefaultReferenceDescriptionProvider, DefaultScopeComputation, type AstNode, type AstNodeDescription, type MultiMap, type ReferenceDescription } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { voorElkeReferentie } from '../language/references/reference-walk.js';
import { genereerRealistischeWerkruimte } from '../bench/generate-workspace.js';
import { parse, services } from './helpers.js';

/**
 * The linker, the reference index and the local scopes walk only the places the grammar gives a
 * reference or a name (language/references/reference-walk.ts). These tests hold them to Langium's
 * generic walk on every example and fixture, a file with syntax errors, and generated files: a
 * grammar change that adds a reference or a name somewhere else fails here.
 */
const bestanden: Array<[string, string]> = [
    ...['examples', 'tests/fixtures/profielen', 'tests/fixtures/typen'].flatMap(map =>
        readdirSync(map).filter(n => n.endsWith('.sturing')).map(n => [`${map}/${n}`, readFileSync(`${map}/${n}`, 'utf8')] as [string, string])),
    ['half getypt', 'gemeente X {\n  partij A "A"\n  team T { leden A, B,\n  fase uitvoering { rol A uitvoerder\n bekostiging B lumpsum\n burgerparticipatie raadplegen via'],
    ...[...genereerRealistischeWerkruimte(1).bestanden].slice(0, 40)
];

function sleutel(container: AstNode, property: string, index?: number): string {
    return `${services.workspace.AstNodeLocator.getAstNodePath(container)} ${property}[${index ?? 0}]`;
}

describe('de referenties en namen van de grammatica', () => {
    test.each(bestanden)('%s: dezelfde verwijzingen als Langiums eigen wandeling', async (_naam, tekst) => {
        const doc = await parse(tekst);
        const generiek = AstUtils.streamAst(doc.parseResult.value).flatMap(n => AstUtils.streamReferences(n))
            .map(r => sleutel(r.container, r.property, r.index)).toArray().sort();
        const eigen: string[] = [];
        voorElkeReferentie(doc.parseResult.value, r => eigen.push(sleutel(r.container, r.property, r.index)));
        expect(eigen.sort()).toEqual(generiek);
    });

    test.each(bestanden)('%s: dezelfde lokale namen als Langiums eigen wandeling', async (_naam, tekst) => {
        const doc = await parse(tekst);
        const generiek = await new DefaultScopeComputation(services).collectLocalSymbols(doc);
        const eigen = await services.references.ScopeComputation.collectLocalSymbols(doc);
        const lijst = (m: MultiMap<AstNode, AstNodeDescription>) => [...m.keys()].flatMap(k => m.getStream(k).map(d => `${sleutel(k, '')} ${d.type} ${d.name}`).toArray()).sort();
        expect(lijst(eigen as MultiMap<AstNode, AstNodeDescription>)).toEqual(lijst(generiek as MultiMap<AstNode, AstNodeDescription>));
        expect(lijst(eigen as MultiMap<AstNode, AstNodeDescription>).length).toBeGreaterThan(0);
    });

    let vergeleken = 0;
    test.each(bestanden)('%s: dezelfde ingangen van de verwijzingsindex als Langiums eigen beschrijvingen', async (_naam, tekst) => {
        const doc = await parse(tekst);
        await services.shared.workspace.DocumentBuilder.build([doc], { validation: false });
        // Sturing's entries compute their place in the text when asked; every field must read as Langium's.
        const vlak = (r: ReferenceDescription) => ({ sourceUri: r.sourceUri.toString(), sourcePath: r.sourcePath, targetUri: r.targetUri.toString(), targetPath: r.targetPath, segment: r.segment, local: r.local });
        const generiek = (await new DefaultReferenceDescriptionProvider(services).createDescriptions(doc)).map(vlak);
        const eigen = (await services.workspace.ReferenceDescriptionProvider.createDescriptions(doc)).map(vlak);
        expect(eigen.sort(volgorde)).toEqual(generiek.sort(volgorde));
        vergeleken += eigen.length;
    });

    test('de vergelijking van de verwijzingsindex vergeleek iets', () => {
        expect(vergeleken).toBeGreaterThan(100);
    });
});

function volgorde(a: { sourcePath: string; segment: { offset: number } }, b: { sourcePath: string; segment: { offset: number } }): number {
    return a.segment.offset - b.segment.offset || a.sourcePath.localeCompare(b.sourcePath);
}
