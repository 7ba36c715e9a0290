import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { tijdelijkeMap } from './helpers.js';

// The bundled command (bin/sturing.cjs, which loads out/cli.cjs) as a separate process, as a user or CI runs
// it: the integration project builds it first (vitest.config.ts). The command in process is in cli.test.ts.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The bundled command as a separate process, as a user or CI runs it. */
function sturing(args: string[], cwd?: string): { code: number | null; out: string; err: string } {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sturing.cjs'), ...args], { encoding: 'utf8', cwd });
    return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the bundled command', () => {
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
