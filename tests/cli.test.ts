import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { voerUit } from '../cli/cli.js';
import { parse as leesCsv } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { tijdelijkeMap } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '', err = '';
    const code = await voerUit(args, { out: t => { out += t; }, err: t => { err += t; } });
    return { code, out, err };
}


describe('sturing check', () => {
    test('the examples have no errors: exit 0', async () => {
        const { code, err } = await cli('check', path.join(ROOT, 'examples'));
        expect(err).toBe('');
        expect(code).toBe(0);
    });

    test('an error gives exit 1 and a located line with code', async () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente X {\n    probleem vaag\n}\n' });
        const { code, out } = await cli('check', dir);
        expect(code).toBe(1);
        expect(out).toContain(`${path.relative(process.cwd(), path.join(dir, 'a.sturing'))}:2:14 fout Onbekende probleemdefinitie 'vaag'. Kies helder of onduidelijk. [syntax]`);
        expect(out).toContain('1 × fout');
    });

    test('--json prints every finding with 1-based positions', async () => {
        const dir = tijdelijkeMap({ 'sub/a.sturing': 'gemeente X {\n    partij A\n    partij A\n}\n' });
        const { code, out } = await cli('check', '--json', dir);
        expect(code).toBe(1);
        const json = JSON.parse(out);
        expect(json).toEqual([{
            file: path.relative(process.cwd(), path.join(dir, 'sub/a.sturing')),
            line: 3, column: 12, endLine: 3, endColumn: 13,
            severity: 'error', code: 'dubbele-naam',
            message: "De naam 'A' wordt in gemeente X twee keer gebruikt (ook op r. 2). Verwijzingen naar 'A' zijn dan niet eenduidig; geef een van beide een andere naam."
        }]);
    });

    test('warnings alone give exit 0', async () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente X {\n    probleem helder\n    probleem helder\n}\n' });
        const { code, out } = await cli('check', dir);
        expect(code).toBe(0);
        expect(out).toMatch(/:3:14 waarschuwing 'probleem' staat hier twee keer/);
    });

    test('references resolve across the files of a folder', async () => {
        const dir = tijdelijkeMap({
            'regio.sturing': 'regio Noord { partij Zorgcoop }',
            'gemeenten/stad.sturing': 'gemeente Stad { team T { leden Zorgcoop } }'
        });
        const { code, out } = await cli('check', dir);
        expect(out).not.toContain('onbekende-verwijzing');
        expect(code).toBe(0);
    });

    test('a missing path: clear message, exit 2, no stack trace', async () => {
        const { code, err } = await cli('check', '/bestaat/niet.sturing');
        expect(code).toBe(2);
        expect(err).toBe("sturing: Kan '/bestaat/niet.sturing' niet vinden of openen: het bestaat niet.\n");
    });

    test('an unreadable file: exit 2', async () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente X { }' });
        const bestand = path.join(dir, 'a.sturing');
        spawnSync('chmod', ['000', bestand]);
        const { code, err } = await cli('check', bestand);
        spawnSync('chmod', ['644', bestand]);
        if (process.getuid?.() === 0) {
            // root reads every file; the check still has to pass normally.
            expect(code).toBe(0);
        } else {
            expect(code).toBe(2);
            expect(err).toMatch(/niet lezen: u heeft er geen rechten voor\./);
        }
    });

    test('a folder without .sturing files and a symlink loop', async () => {
        const dir = tijdelijkeMap({ 'leeg/x.txt': 'niets' });
        symlinkSync(dir, path.join(dir, 'leeg', 'lus'));
        const { code, out, err } = await cli('check', dir);
        expect(code).toBe(0);
        expect(out).toBe('Geen bevindingen.\n');
        expect(err).toMatch(/geen \.sturing-bestanden/);
    });

    test('a folder whose name ends in .sturing is searched, not read as a file', async () => {
        const dir = tijdelijkeMap({ 'map.sturing/binnen.sturing': 'gemeente X { }\n' });
        const { code, out, err } = await cli('check', path.join(dir, 'map.sturing'));
        expect(code).toBe(0);
        expect(err).toBe('');
        expect(out).toBe('Geen bevindingen.\n');
    });

    test('no arguments or an unknown command: usage and exit 2', async () => {
        expect((await cli()).code).toBe(2);
        const onbekend = await cli('controleer', 'x');
        expect(onbekend.code).toBe(2);
        expect(onbekend.err).toMatch(/Onbekende opdracht 'controleer'/);
    });
});

describe('sturing profiel', () => {
    test('--json prints one object per gemeente in the documented shape', async () => {
        const { code, out } = await cli('profiel', '--json', path.join(ROOT, 'examples'));
        expect(code).toBe(0);
        const json = JSON.parse(out);
        expect(json.map((g: { gemeente: string }) => g.gemeente)).toEqual(['Groningen', 'Ittersum', 'Voorbeeldstad']);
        const groningen = json[0];
        expect(groningen.bestand).toBe(path.relative(process.cwd(), path.join(ROOT, 'examples/groningen-2014.sturing')));
        expect(groningen.governancetype.primair).toBe('netwerksturing');
        expect(groningen.governancetype.secundair).toBe('integrale-beleidssturing');
        expect(Object.keys(groningen.governancetype.scores)).toEqual(['integrale-beleidssturing', 'expertsturing', 'netwerksturing', 'frontlijnsturing', 'vraagsturing']);
        for (const s of Object.values(groningen.governancetype.scores) as number[]) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
        expect(groningen.governancetype.fasen).toEqual({ verkenning: 'netwerksturing', kaderstelling: 'netwerksturing', uitvoering: 'netwerksturing' });
        expect(groningen.sturingsopvatting.geheel).toBe('governance');
        expect(groningen.sturingsopvatting.fasen).toEqual({ verkenning: 'governance', kaderstelling: 'governance', uitvoering: 'governance' });
        expect(groningen.regierol.dominant).toBe('bepalende-regisseur');
        expect(groningen.regierol.telling).toEqual({ 'bepalende-regisseur': 5, coproducent: 4, facilitator: 0 });
        expect(groningen.sturingOp).toMatchObject({ huidig: 'input', ambitie: 'outcome' });
        expect(groningen.cyclus).toBe('onvolledig');
        expect(groningen.governancetype.onderbouwing).toBe('sterk');
        expect(groningen.sturingsopvatting.onderbouwingFasen).toEqual({ verkenning: 'sterk', kaderstelling: 'sterk', uitvoering: 'sterk' });
        expect(groningen.waarom[0]).toMatch(/^voor netwerksturing: /);
        expect(groningen.redenering[0]).toMatch(/^In de verkenning, de kaderstelling en de uitvoering governance \(r\. [\d, en]+\)\. Als geheel governance \(stevig onderbouwd\)\./);
        expect(out).not.toMatch(/\d%/);
        expect(json[2].cyclus).toBe('groot');
    });

    test('without --json: a readable Dutch report', async () => {
        const { code, out } = await cli('profiel', path.join(ROOT, 'examples/groningen-2014.sturing'));
        expect(code).toBe(0);
        expect(out).toContain('Gemeente Groningen, 2014 – 2018 (');
        expect(out).toContain('  Governancetype:      netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)');
        expect(out).toContain('  Onderbouwing:        stevig onderbouwd: alle vier ingrediënten hebben gegevens; vier van de vier wijzen naar dit type (gekozen binnen governance)');
        expect(out).toContain('  Redenering (zoals R1 §3.x.4):\n    In de verkenning, de kaderstelling en de uitvoering governance');
        // The paragraph is broken into lines of about 100 characters; read it as one.
        expect(out.replace(/\s+/g, ' ')).toMatch(/Vooral netwerksturing \(r\. [\d, en]+\); in mindere mate integrale beleidssturing als de gemeente soms dirigent is \(r\. 41 en 53\)\. Dat is stevig onderbouwd\./);
        expect(out).toContain('    kaderstelling     governance (stevig onderbouwd: van de vier rijen van fig. 1 wijzen er drie deze kant op en één een andere)');
        expect(out).toContain('  Regierol:            mix van bepalende regisseur en coproducent');
        expect(out).toContain('  Sturing op:          input → ambitie outcome (drie stappen richting outcome)');
        expect(out).toContain('  Beleidscyclus:       onvolledig: evaluatie ontbreekt');
        expect(out).not.toMatch(/%/);
    });

    test('a missing path gives exit 2', async () => {
        expect((await cli('profiel', '/bestaat/niet')).code).toBe(2);
    });
});

describe('sturing samenvatting', () => {
    test('-o writes one self-contained HTML file per source file', async () => {
        const uit = tijdelijkeMap({});
        const { code, err } = await cli('samenvatting', path.join(ROOT, 'examples'), '--format', 'html', '-o', uit);
        expect(code).toBe(0);
        expect(err).toContain(`geschreven: ${path.join(uit, 'groningen-2014.samenvatting.html')}`);
        const html = readFileSync(path.join(uit, 'voorbeeldstad.samenvatting.html'), 'utf8');
        expect(html).toContain('<h1>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</h1>');
        expect(html).not.toContain('<script');
    });

    test('Markdown to standard output by default; JSON on request', async () => {
        const md = await cli('samenvatting', path.join(ROOT, 'examples/groningen-2014.sturing'));
        expect(md.code).toBe(0);
        expect(md.out).toMatch(/^# Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018\n/);
        const json = await cli('samenvatting', path.join(ROOT, 'examples/groningen-2014.sturing'), '--format=json');
        expect(JSON.parse(json.out)[0].gemeenten[0].naam).toBe('Groningen');
    });

    test('--vergelijk writes the comparison table', async () => {
        const uit = tijdelijkeMap({});
        expect((await cli('samenvatting', path.join(ROOT, 'examples'), '--vergelijk', '--format', 'md', '-o', uit)).code).toBe(0);
        const md = readFileSync(path.join(uit, 'vergelijking.md'), 'utf8');
        expect(md).toContain('| Groningen | 2014 – 2018 | gedeeld, gemeente-aan-het-roer |');
        expect(md).toContain('| Voorbeeldstad |');
    });

    test('wrong options are explained, exit 2', async () => {
        expect((await cli('samenvatting', path.join(ROOT, 'examples'), '--format', 'pdf')).err).toMatch(/--format kent md, html, docx, json en csv, niet 'pdf'/);
        const word = await cli('samenvatting', path.join(ROOT, 'examples'), '--format', 'docx');
        expect(word.code).toBe(2);
        expect(word.err).toBe('sturing: Een Word-document is geen tekst voor het scherm: geef met -o een map of bestand op, bijvoorbeeld -o samenvattingen of -o nota.docx.\n');
        const html = await cli('samenvatting', path.join(ROOT, 'examples'), '--format', 'html');
        expect(html.code).toBe(2);
        expect(html.err).toMatch(/geef met -o een map op/);
        expect((await cli('samenvatting', path.join(ROOT, 'examples'), '-o')).code).toBe(2);
    });
});

describe('sturing samenvatting --format docx and csv (issue 25)', () => {
    const perioden = path.join(ROOT, 'tests/fixtures/perioden');

    test('--format docx -o writes a Word document per source, which a Word reader opens with its headings', async () => {
        const uit = tijdelijkeMap({});
        const { code, err } = await cli('samenvatting', perioden, '--format', 'docx', '-o', uit);
        expect(code).toBe(0);
        expect(readdirSync(uit).sort()).toEqual(['dorpstad-2014.samenvatting.docx', 'dorpstad-2018.samenvatting.docx']);
        expect(err).toContain(`geschreven: ${path.join(uit, 'dorpstad-2018.samenvatting.docx')}`);
        const { value } = await mammoth.convertToHtml({ path: path.join(uit, 'dorpstad-2018.samenvatting.docx') });
        expect(value).toContain('<p>Sturing van de gebiedsgerichte aanpak — gemeente Dorpstad, 2018 – 2022</p>');
        expect(value).toContain('<h1>In het kort</h1>');
        expect(value).toContain('<h1>Ontwikkeling</h1>');
        // -o with the extension: one file, the format from its name.
        const een = await cli('samenvatting', path.join(ROOT, 'examples/voorbeeldstad.sturing'), '-o', path.join(uit, 'nota.docx'));
        expect(een.code).toBe(0);
        expect((await mammoth.convertToHtml({ path: path.join(uit, 'nota.docx') })).value).toContain('<p>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</p><p><strong>Datum: </strong>');
    });

    test('--format csv is the comparison, one row per gemeente per period, for a spreadsheet', async () => {
        const r = await cli('samenvatting', perioden, path.join(ROOT, 'examples/groningen-2014.sturing'), '--format', 'csv');
        expect(r.code).toBe(0);
        expect(r.out.startsWith('\uFEFFgemeente;periode;van;tot en met;bestand;')).toBe(true);
        const rijen = leesCsv(r.out, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
        expect(rijen.map(x => [x.gemeente, x.periode, x['opvatting uitvoering'], x['sturing op (nu)']])).toEqual([
            ['Dorpstad', '2014 – 2018', 'governance', 'input'], ['Dorpstad', '2018 – 2022', 'NPM', 'output'], ['Groningen', '2014 – 2018', 'governance', 'input']
        ]);
        const uit = tijdelijkeMap({});
        expect((await cli('samenvatting', perioden, '-o', path.join(uit, 'vergelijking.csv'))).code).toBe(0);
        expect(readFileSync(path.join(uit, 'vergelijking.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        expect((await cli('samenvatting', perioden, '--vergelijk', '--format', 'docx', '-o', uit)).code).toBe(0);
        expect((await mammoth.convertToHtml({ path: path.join(uit, 'vergelijking.docx') })).value).toContain('<td><p><strong>Dorpstad</strong></p></td>');
    });
});
