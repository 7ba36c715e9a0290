import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

    test('the bundled command (bin/sturing.cjs) returns the exit code to the shell', () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente X { probleem vaag }' });
        const fout = spawnSync(process.execPath, [path.join(ROOT, 'bin/sturing.cjs'), 'check', dir], { encoding: 'utf8' });
        expect(fout.status).toBe(1);
        expect(fout.stdout).toMatch(/\[syntax\]/);
        const goed = spawnSync(process.execPath, [path.join(ROOT, 'bin/sturing.cjs'), 'check', path.join(ROOT, 'examples')], { encoding: 'utf8' });
        expect(goed.status).toBe(0);
        const weg = spawnSync(process.execPath, [path.join(ROOT, 'bin/sturing.cjs'), 'check', '/bestaat/niet'], { encoding: 'utf8' });
        expect(weg.status).toBe(2);
        expect(weg.stderr).not.toMatch(/at .*\.cjs/);
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

    test('a Word document is not written through a link, nor over its source', () => {
        const bron = 'gemeente Stad { }\n';
        const dir = tijdelijkeMap({ 'stad.sturing': bron, 'uit/.gitkeep': '' });
        symlinkSync(path.join(dir, 'stad.sturing'), path.join(dir, 'uit', 'stad.samenvatting.docx'));
        const r = sturing(['samenvatting', path.join(dir, 'stad.sturing'), '--format', 'docx', '-o', path.join(dir, 'uit')]);
        expect(r.code).toBe(2);
        expect(r.err).toContain('Sturing schrijft niet over een bronbestand heen');
        expect(readFileSync(path.join(dir, 'stad.sturing'), 'utf8')).toBe(bron);
    });
});

/** The bundled command as a separate process, as a user or CI runs it. */
function sturing(args: string[], cwd?: string): { code: number | null; out: string; err: string } {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sturing.cjs'), ...args], { encoding: 'utf8', cwd });
    return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the command refuses bad input plainly and never overwrites (issue 13)', () => {
    test('11. an explicit file that is not a .sturing file: a plain message and exit 2; scanning ignores the case of the extension', () => {
        const dir = tijdelijkeMap({ 'README.md': '# Lees mij\n', 'GROOT.STURING': 'gemeente Groot {\n    probleem vaag\n}\n' });
        const md = sturing(['check', path.join(dir, 'README.md')]);
        expect(md.code).toBe(2);
        expect(md.err).toBe(`sturing: '${path.join(dir, 'README.md')}' is geen .sturing-bestand. Sturing controleert sturingsontwerpen: bestanden waarvan de naam eindigt op .sturing, of mappen waarin die staan.\n`);
        const map = sturing(['check', dir]);
        expect(map.code).toBe(1);
        expect(map.out).toContain("GROOT.STURING:2:14 fout Onbekende probleemdefinitie 'vaag'. Kies helder of onduidelijk. [syntax]");
        expect(sturing(['check', path.join(dir, 'GROOT.STURING')]).code).toBe(1);
    });

    test('12. two sources with the same name get distinct summaries; nothing is overwritten silently', () => {
        const dir = tijdelijkeMap({ 'a/x.sturing': 'gemeente Aa { }\n', 'b/x.sturing': 'gemeente Bee { }\n' });
        const uit = path.join(dir, 'uit');
        const r = sturing(['samenvatting', path.join(dir, 'a/x.sturing'), path.join(dir, 'b/x.sturing'), '-o', uit]);
        expect(r.code).toBe(0);
        expect(readdirSync(uit).sort()).toEqual(['a-x.samenvatting.md', 'b-x.samenvatting.md']);
        expect(readFileSync(path.join(uit, 'a-x.samenvatting.md'), 'utf8')).toContain('# Sturing van de gebiedsgerichte aanpak — gemeente Aa\n');
        expect(readFileSync(path.join(uit, 'b-x.samenvatting.md'), 'utf8')).toContain('# Sturing van de gebiedsgerichte aanpak — gemeente Bee\n');
    });

    test('12. -o with an extension is a file; with more than one summary that is refused', () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente Aa { }\n', 'b.sturing': 'gemeente Bee { }\n' });
        const een = sturing(['samenvatting', path.join(dir, 'a.sturing'), '-o', path.join(dir, 'rapport.html')]);
        expect(een.code).toBe(0);
        expect(statSync(path.join(dir, 'rapport.html')).isFile()).toBe(true);
        expect(readFileSync(path.join(dir, 'rapport.html'), 'utf8')).toContain('<h1>Sturing van de gebiedsgerichte aanpak — gemeente Aa</h1>');
        const twee = sturing(['samenvatting', dir, '-o', path.join(dir, 'twee.html')]);
        expect(twee.code).toBe(2);
        expect(twee.err).toBe(`sturing: -o ${path.join(dir, 'twee.html')} is één bestand, maar er komen 2 samenvattingen (één per .sturing-bestand). Geef een map op, bijvoorbeeld -o samenvattingen, of maak met --vergelijk één tabel.\n`);
        expect(existsSync(path.join(dir, 'twee.html'))).toBe(false);
    });

    test('12. a symbolic link planted where the summary goes is not written through; the source stays intact', () => {
        const bron = 'gemeente Stad { }\n';
        const dir = tijdelijkeMap({ 'stad.sturing': bron, 'uit/.gitkeep': '' });
        symlinkSync(path.join(dir, 'stad.sturing'), path.join(dir, 'uit', 'stad.samenvatting.md'));
        const r = sturing(['samenvatting', path.join(dir, 'stad.sturing'), '-o', path.join(dir, 'uit')]);
        expect(r.code).toBe(2);
        expect(r.err).toContain('Sturing schrijft niet over een bronbestand heen');
        expect(readFileSync(path.join(dir, 'stad.sturing'), 'utf8')).toBe(bron);
        // A link to anywhere else is refused as well.
        const elders = path.join(dir, 'elders.txt');
        writeFileSync(elders, 'van iemand anders\n');
        rmSync(path.join(dir, 'uit', 'stad.samenvatting.md'));
        symlinkSync(elders, path.join(dir, 'uit', 'stad.samenvatting.md'));
        const s = sturing(['samenvatting', path.join(dir, 'stad.sturing'), '-o', path.join(dir, 'uit')]);
        expect(s.code).toBe(2);
        expect(s.err).toContain(`Kan '${path.join(dir, 'uit', 'stad.samenvatting.md')}' niet schrijven: het is een symbolische link`);
        expect(readFileSync(elders, 'utf8')).toBe('van iemand anders\n');
    });

    test('12. -o /proc/nope ends with an error instead of spinning', () => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sturing.cjs'), 'samenvatting', path.join(ROOT, 'examples'), '-o', '/proc/nope'], { encoding: 'utf8', timeout: 20_000 });
        expect(r.signal).toBeNull(); // not killed by the timeout
        expect(r.status).toBe(2);
        expect(r.stderr).toBe("sturing: Kan map '/proc/nope' niet maken: op die plek kunnen geen mappen gemaakt worden.\n");
    });

    test('13. a file where a folder should be, and a folder where a file should be: Dutch sentences that name the path', () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente Aa { }\n', 'bezet': 'een bestand\n', 'map.html/.gitkeep': '' });
        const bestand = sturing(['samenvatting', path.join(dir, 'a.sturing'), '-o', path.join(dir, 'bezet', 'uit')]);
        expect(bestand.code).toBe(2);
        expect(bestand.err).toBe(`sturing: Kan map '${path.join(dir, 'bezet')}' niet maken: er staat al een bestand met die naam.\n`);
        // rapport.html exists as a folder: the summary goes into it, named after the source.
        const map = sturing(['samenvatting', path.join(dir, 'a.sturing'), '--format', 'html', '-o', path.join(dir, 'map.html')]);
        expect(map.code).toBe(0);
        expect(existsSync(path.join(dir, 'map.html', 'a.samenvatting.html'))).toBe(true);
        mkdirSync(path.join(dir, 'uit', 'a.samenvatting.md'), { recursive: true });
        const isMap = sturing(['samenvatting', path.join(dir, 'a.sturing'), '-o', path.join(dir, 'uit')]);
        expect(isMap.code).toBe(2);
        expect(isMap.err).toBe(`sturing: Kan '${path.join(dir, 'uit', 'a.samenvatting.md')}' niet schrijven: het is een map, geen bestand.\n`);
        for (const r of [bestand, isMap]) expect(r.err).not.toMatch(/EEXIST|EISDIR|at .*\.cjs/);
    });

    test('14. a file reached twice through symbolic links counts once: no false duplicate names', () => {
        const dir = tijdelijkeMap({ 'echt/stad.sturing': 'gemeente Stad {\n    partij A\n}\n' });
        symlinkSync(path.join(dir, 'echt', 'stad.sturing'), path.join(dir, 'echt', 'kopie.sturing'));
        symlinkSync(path.join(dir, 'echt'), path.join(dir, 'spiegel'));
        const r = sturing(['check', '--json', dir, path.join(dir, 'spiegel', 'stad.sturing')]);
        expect(JSON.parse(r.out).filter((b: { code: string }) => b.code === 'dubbele-naam')).toEqual([]);
        expect(r.code).toBe(0);
        const p = sturing(['profiel', '--json', dir]);
        expect(JSON.parse(p.out).map((g: { gemeente: string }) => g.gemeente)).toEqual(['Stad']);
    });

    test('15. sturing --version prints the version', () => {
        const r = sturing(['--version']);
        expect(r.code).toBe(0);
        expect(r.out).toBe(`${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    });

    test('6. the terminal never gets control characters or direction overrides from a source file', () => {
        const dir = tijdelijkeMap({ 'stuur.sturing': 'gemeente X {\n    team T { doel "Rood\u001b[31m\u001b[2J wissen\u009b6n \u202Eomgekeerd\u0007" }\n}\n' });
        const onzichtbaar = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
        const tekst = sturing(['check', dir]);
        expect(tekst.out).not.toMatch(onzichtbaar);
        expect(tekst.out).toContain('Het doel "Rood\\u001b[31m\\u001b[2J wissen\\u009b6n \\u202eomgekeerd\\u0007" heeft geen indicator.');
        for (const args of [['check', '--json', dir], ['profiel', dir], ['samenvatting', dir], ['samenvatting', '--format', 'json', dir], ['samenvatting', '--format', 'html', path.join(dir, 'stuur.sturing')]]) {
            const r = sturing(args);
            expect(r.out + r.err, args.join(' ')).not.toMatch(onzichtbaar);
        }
        // JSON stays exact: the escapes stand for the same characters.
        const json = JSON.parse(sturing(['check', '--json', dir]).out);
        expect(json.find((b: { code: string }) => b.code === 'vaag-doel').message).toContain('Rood\u001b[31m\u001b[2J wissen\u009b6n \u202Eomgekeerd\u0007');
    });
});
