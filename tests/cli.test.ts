import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { voerUit } from '../cli/cli.js';
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
        expect(err).toBe("sturing: Kan '/bestaat/niet.sturing' niet vinden of openen (bestaat niet).\n");
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
            expect(err).toMatch(/niet lezen \(geen leesrechten\)/);
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
        expect(groningen.sturingsopvatting.onderbouwingFasen).toEqual({ verkenning: 'matig', kaderstelling: 'matig', uitvoering: 'matig' });
        expect(groningen.waarom[0]).toMatch(/^voor netwerksturing: /);
        expect(out).not.toMatch(/\d%/);
        expect(json[2].cyclus).toBe('groot');
    });

    test('without --json: a readable Dutch report', async () => {
        const { code, out } = await cli('profiel', path.join(ROOT, 'examples/groningen-2014.sturing'));
        expect(code).toBe(0);
        expect(out).toContain('Gemeente Groningen (');
        expect(out).toContain('  Governancetype:      netwerksturing, met trekjes van integrale beleidssturing (in de verkenning en de kaderstelling)');
        expect(out).toContain('  Onderbouwing:        stevig onderbouwd: alle vier ingrediënten hebben gegevens; vier stemmen wijzen deze kant op');
        expect(out).toContain('    kaderstelling     governance (redelijk onderbouwd: van de zes rijen van fig. 1 wijzen er twee deze kant op, twee een andere en twee zijn verdeeld)');
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
        expect(html).toContain('<h2>Gemeente Voorbeeldstad</h2>');
        expect(html).not.toContain('<script');
    });

    test('Markdown to standard output by default; JSON on request', async () => {
        const md = await cli('samenvatting', path.join(ROOT, 'examples/groningen-2014.sturing'));
        expect(md.code).toBe(0);
        expect(md.out).toContain('## Gemeente Groningen');
        const json = await cli('samenvatting', path.join(ROOT, 'examples/groningen-2014.sturing'), '--format=json');
        expect(JSON.parse(json.out)[0].gemeenten[0].naam).toBe('Groningen');
    });

    test('--vergelijk writes the comparison table', async () => {
        const uit = tijdelijkeMap({});
        expect((await cli('samenvatting', path.join(ROOT, 'examples'), '--vergelijk', '--format', 'md', '-o', uit)).code).toBe(0);
        const md = readFileSync(path.join(uit, 'vergelijking.md'), 'utf8');
        expect(md).toContain('| Groningen | gedeeld, gemeente-aan-het-roer |');
        expect(md).toContain('| Voorbeeldstad |');
    });

    test('wrong options are explained, exit 2', async () => {
        expect((await cli('samenvatting', path.join(ROOT, 'examples'), '--format', 'pdf')).err).toMatch(/--format kent md, html en json, niet 'pdf'/);
        const html = await cli('samenvatting', path.join(ROOT, 'examples'), '--format', 'html');
        expect(html.code).toBe(2);
        expect(html.err).toMatch(/geef met -o een map op/);
        expect((await cli('samenvatting', path.join(ROOT, 'examples'), '-o')).code).toBe(2);
    });
});
