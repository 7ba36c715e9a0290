import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { tijdelijkeMap } from './helpers.js';

/**
 * Issue 14, items 13 and 14: `sturing check --format sarif|github|junit` for CI, and `sturing init`,
 * run as the built command (bin/sturing.cjs), as a pipeline or an advisor runs it.
 */

const BIN = fileURLToPath(new URL('../bin/sturing.cjs', import.meta.url));

function sturing(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
}

/** One error (a typo) in one file; a warning and information in another, in a sub-folder. */
const BESTANDEN = {
    'ontwerpen/typo.sturing': 'gemeente Dorp {\n    fase verkenning {\n        gemeente regiseur\n    }\n}\n',
    'ontwerpen/stad.sturing': `gemeente Stad {
    verantwoordelijkheid gedeeld
    partij Welzijn "Welzijn, 100% lokaal" soort welzijn

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        kennisbron ambtenaren, professionals
        burgerparticipatie adviseren
        instrument contract
    }
}
`
};

describe('sturing check --format', () => {
    test('sarif: SARIF 2.1.0 with rule metadata, help from the rule page, and located results', () => {
        const dir = tijdelijkeMap(BESTANDEN);
        const { code, out, err } = sturing(dir, 'check', '--format', 'sarif', 'ontwerpen');
        expect(err).toBe('');
        expect(code).toBe(1);
        const sarif = JSON.parse(out);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
        const [run] = sarif.runs;
        expect(run.tool.driver.name).toBe('Sturing');
        const regel = run.tool.driver.rules.find((r: { id: string }) => r.id === 'npm-in-verkenning');
        expect(regel.shortDescription.text).toMatch(/^In de verkenningsfase staat een NPM-rol/);
        expect(regel.defaultConfiguration).toEqual({ level: 'warning' });
        expect(existsSync(fileURLToPath(regel.helpUri))).toBe(true);
        expect(regel.help.markdown).toMatch(/^# npm-in-verkenning\n/);
        expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'syntax').shortDescription.text).toMatch(/^De tekst volgt de taal niet/);
        const syntax = run.results.find((r: { ruleId: string }) => r.ruleId === 'syntax');
        expect(syntax).toMatchObject({
            level: 'error',
            message: { text: "Onbekende rol 'regiseur'. Bedoelt u 'regisseur'?" },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'ontwerpen/typo.sturing', uriBaseId: 'WERKMAP' }, region: { startLine: 3, startColumn: 18, endLine: 3, endColumn: 26 } } }]
        });
        expect(run.tool.driver.rules[syntax.ruleIndex].id).toBe('syntax');
        expect(run.originalUriBaseIds.WERKMAP.uri).toMatch(/^file:\/\/.*\/$/);
    });

    test('github: one annotation per finding, as GitHub Actions reads them', () => {
        const dir = tijdelijkeMap(BESTANDEN);
        const { code, out } = sturing(dir, 'check', '--format', 'github', 'ontwerpen');
        expect(code).toBe(1);
        const regels = out.trimEnd().split('\n');
        expect(regels.every(r => /^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:]+::.+$/.test(r)), out).toBe(true);
        expect(regels).toContain("::error file=ontwerpen/typo.sturing,line=3,endLine=3,col=18,endColumn=26,title=Sturing syntax::Onbekende rol 'regiseur'. Bedoelt u 'regisseur'?");
        expect(regels.some(r => r.startsWith('::warning file=ontwerpen/stad.sturing,line=10,') && r.includes('title=Sturing npm-in-verkenning::In de verkenning'))).toBe(true);
        expect(regels.some(r => r.startsWith('::notice file=ontwerpen/stad.sturing,line=1,') && r.includes('title=Sturing governancetype::Afgeleid governancetype'))).toBe(true);
    });

    test('junit: a suite per file, warnings and errors as failures, information as skipped cases', () => {
        const dir = tijdelijkeMap(BESTANDEN);
        const { code, out } = sturing(dir, 'check', '--format', 'junit', 'ontwerpen');
        expect(code).toBe(1);
        expect(out).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="sturing check" tests="\d+" failures="\d+">/);
        expect(out).toContain('<testsuite name="ontwerpen/stad.sturing"');
        expect(out).toContain('<testcase classname="ontwerpen/typo.sturing" name="syntax (ontwerpen/typo.sturing:3:18)"><failure type="fout" message="Onbekende rol &apos;regiseur&apos;. Bedoelt u &apos;regisseur&apos;?">');
        expect(out).toMatch(/<testcase classname="ontwerpen\/stad\.sturing" name="npm-in-verkenning \([^)]*\)"><failure type="waarschuwing" /);
        expect(out).toMatch(/<testcase classname="ontwerpen\/stad\.sturing" name="governancetype \([^)]*\)"><skipped message="info: /);
        expect(out.trimEnd().endsWith('</testsuites>')).toBe(true);
    });

    test('without findings the exit code is 0, and an unknown format is refused', () => {
        const dir = tijdelijkeMap({ 'leeg.sturing': '' });
        expect(sturing(dir, 'check', '--format', 'junit', '.').out).toContain('<testcase classname="sturing" name="geen bevindingen"/>');
        expect(sturing(dir, 'check', '--format', 'github', '.')).toMatchObject({ code: 0, out: '' });
        expect(sturing(dir, 'check', '--format', 'pdf', '.')).toMatchObject({ code: 2, err: "sturing: --format kent voor check sarif, github, junit, niet 'pdf'.\n" });
    });
});

describe('sturing init', () => {
    test('writes a starter file that Sturing reads without errors, named after the gemeente', () => {
        const dir = tijdelijkeMap({});
        const { code, out } = sturing(dir, 'init', 'den-haag');
        expect(code).toBe(0);
        expect(out).toBe('Geschreven: den-haag.sturing, een startbestand voor gemeente DenHaag.\nOpen het in VS Code, of controleer het met: sturing check den-haag.sturing\n');
        const tekst = readFileSync(path.join(dir, 'den-haag.sturing'), 'utf8');
        expect(tekst).toContain('gemeente DenHaag {');
        for (const fase of ['verkenning', 'kaderstelling', 'uitvoering', 'evaluatie']) expect(tekst).toContain(`fase ${fase} {`);
        const check = sturing(dir, 'check', 'den-haag.sturing');
        expect(check.code).toBe(0);
        // What is left for the advisor is asked for, not filled in: the team's goal is empty and reported.
        expect(check.out).toMatch(/den-haag\.sturing:\d+:\d+ waarschuwing Het doel van team Wijkteam is nog leeg\./);
        expect(check.out).not.toContain(' fout ');
    });

    test('never overwrites: an existing file is refused with a plain message and exit 2', () => {
        const dir = tijdelijkeMap({ 'mijn-gemeente.sturing': 'gemeente Bestaand { }\n' });
        const { code, out, err } = sturing(dir, 'init');
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err).toBe('sturing: mijn-gemeente.sturing bestaat al. Sturing overschrijft geen bestanden; kies een andere naam, bijvoorbeeld: sturing init mijn-gemeente-nieuw.sturing\n');
        expect(readFileSync(path.join(dir, 'mijn-gemeente.sturing'), 'utf8')).toBe('gemeente Bestaand { }\n');
    });

    test('the help names it', () => {
        expect(sturing(tijdelijkeMap({}), '--help').out).toMatch(/sturing init \[bestand\]/);
    });
});
