import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Model } from '../language/generated/ast.js';
import { maakVergelijking } from '../language/summary/comparison.js';
import { andereBeschrijvingen } from '../language/summary/ontwikkeling.js';
import { NPM_VOLUIT } from '../language/presentation/typering.js';
import { samenvattingAlsHtml } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown } from '../language/summary/render-markdown.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import { metCode, services, werkruimte } from './helpers.js';

/**
 * The same gemeente described for two periods, one file each (tests/fixtures/perioden/): the summary
 * of either file sets the periods side by side and says what moved; the comparison has a row per period.
 */
const fixture = (naam: string) => readFileSync(new URL(`./fixtures/perioden/${naam}`, import.meta.url), 'utf8');
const bronnen = {
    profielen: services.inference.ProfileProvider,
    documentatie: services.documentation.DocumentationProvider,
    andere: andereBeschrijvingen(services, uri => uri.path.split('/').pop()!)
};

async function tweePerioden() {
    return werkruimte({ 'dorpstad-2018.sturing': fixture('dorpstad-2018.sturing'), 'dorpstad-2014.sturing': fixture('dorpstad-2014.sturing') });
}

describe('Ontwikkeling: one gemeente over two periods', () => {
    test('the two files are legal together, with no duplicate-name error', async () => {
        const docs = await tweePerioden();
        for (const doc of Object.values(docs)) expect(metCode(doc, 'dubbele-naam')).toEqual([]);
    });

    test('the summary of either file has the periods side by side, in time order, and what moved', async () => {
        const docs = await tweePerioden();
        const s = maakSamenvatting(docs['dorpstad-2018.sturing'], 'dorpstad-2018.sturing', bronnen);
        const o = s.gemeenten[0].ontwikkeling!;
        expect(o.perioden.map(p => [p.periode, p.bestand, p.dezePeriode])).toEqual([
            ['2014 – 2018', 'dorpstad-2014.sturing', false],
            ['2018 – 2022', 'dorpstad-2018.sturing', true]
        ]);
        expect(o.perioden.map(p => p.sturingOp)).toEqual(['input', 'output']);
        expect(o.perioden.map(p => p.opvattingPerFase.find(f => f.fase === 'uitvoering')!.opvatting)).toEqual(['governance', 'NPM']);
        expect(o.perioden.map(p => p.regierol)).toEqual(['ruimte latende regisseur (vooral coproducent)', 'bepalende regisseur']);
        expect(o.zin).toBe('Van 2014 – 2018 naar 2018 – 2022: van vooral input naar output; de kaderstelling en de uitvoering kregen meer NPM; '
            + 'de regierol ging van ruimte latende regisseur (vooral coproducent) naar bepalende regisseur. Het governancetype bleef netwerksturing.');
        const anderBestand = maakSamenvatting(docs['dorpstad-2014.sturing'], 'dorpstad-2014.sturing', bronnen).gemeenten[0].ontwikkeling!;
        // The 2014 file's note says NPM here first, so it writes it out (in the 2018 note that happens in het kort).
        expect(anderBestand.zin).toBe(o.zin.replace('meer NPM', `meer ${NPM_VOLUIT}`));
        expect(anderBestand.perioden.map(p => p.dezePeriode)).toEqual([true, false]);
    });

    test('HTML and Markdown show the section with its table', async () => {
        const docs = await tweePerioden();
        const s = maakSamenvatting(docs['dorpstad-2018.sturing'], 'dorpstad-2018.sturing', bronnen);
        const html = samenvattingAlsHtml(s, { modus: 'export' });
        expect(html).toContain('<h2>Ontwikkeling</h2>');
        expect(html).toContain('<th scope="col" class="deze">2018 – 2022 (dit bestand)</th>');
        expect(html).toContain('<tr><th scope="row">opvatting uitvoering</th><td>governance</td><td>NPM</td></tr>');
        const md = samenvattingAlsMarkdown(s);
        expect(md).toContain('## Ontwikkeling');
        expect(md).toContain('| sturing op (nu) | input | output |');
    });

    test('a gemeente described once has no Ontwikkeling; nor does one whose other period overlaps', async () => {
        const alleen = await werkruimte({ 'dorpstad-2018.sturing': fixture('dorpstad-2018.sturing') });
        expect(maakSamenvatting(alleen['dorpstad-2018.sturing'], 'x', bronnen).gemeenten[0].ontwikkeling).toBeNull();
        const overlap = await werkruimte({
            'dorpstad-2018.sturing': fixture('dorpstad-2018.sturing'),
            'dorpstad-2014.sturing': fixture('dorpstad-2014.sturing').replace('periode 2014 - 2018', 'periode 2016 - 2019')
        });
        expect(maakSamenvatting(overlap['dorpstad-2018.sturing'], 'x', bronnen).gemeenten[0].ontwikkeling).toBeNull();
        expect(metCode(overlap['dorpstad-2018.sturing'], 'dubbele-naam')).toHaveLength(1);
    });

    test('the comparison has one row per gemeente per period, the periods of a gemeente together', async () => {
        const docs = await werkruimte({
            'dorpstad-2018.sturing': fixture('dorpstad-2018.sturing'),
            'b.sturing': 'gemeente Aadorp {\n    periode 2016\n}',
            'dorpstad-2014.sturing': fixture('dorpstad-2014.sturing')
        });
        const rijen = maakVergelijking(Object.entries(docs).map(([bestand, document]) => ({ document: document as LangiumDocument<Model>, bestand })), bronnen);
        expect(rijen.map(r => [r.gemeente, r.periode, r.periodeVan, r.periodeTot])).toEqual([
            ['Aadorp', '2016', 2016, 2016], ['Dorpstad', '2014 – 2018', 2014, 2018], ['Dorpstad', '2018 – 2022', 2018, 2022]
        ]);
        const [, oud, nieuw] = rijen;
        expect([oud.sturingOpNu, nieuw.sturingOpNu]).toEqual(['input', 'output']);
        expect([oud.opvattingPerFase.uitvoering, nieuw.opvattingPerFase.uitvoering]).toEqual(['governance', 'NPM']);
        expect([oud.typeNaam, oud.trekje]).toEqual(['netwerksturing', 'frontlijnsturing']);
        expect(oud.zekerheid).toEqual({
            verantwoordelijkheid: 'opgegeven', rol: 'opgegeven, wisselt per fase', kennisbron: 'opgegeven', participatie: 'opgegeven, wisselt per fase',
            sturingOp: 'opgegeven', opvatting: expect.stringMatching(/onderbouwd$/), governancetype: 'stevig onderbouwd', regierol: expect.stringMatching(/onderbouwd$/)
        });
        expect(rijen[0].zekerheid.rol).toBe('niet beschreven');
    });
});
