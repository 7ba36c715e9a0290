import type { GevondenBevinding } from '../check.js';

const xml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * `sturing check --format junit`: a test suite per file with a test case per finding, for CI systems
 * that show test reports. Errors and warnings are failures; information and hints are skipped cases,
 * so that they show without failing the build. A run without findings is one passing case.
 */
export function alsJunit(bevindingen: readonly GevondenBevinding[]): string {
    const perBestand = new Map<string, GevondenBevinding[]>();
    for (const b of bevindingen) perBestand.set(b.bestand, [...(perBestand.get(b.bestand) ?? []), b]);
    const mislukt = (b: GevondenBevinding) => b.ernst === 'fout' || b.ernst === 'waarschuwing';
    const suites = [...perBestand].map(([bestand, lijst]) => {
        const gevallen = lijst.map(b => {
            const plek = `${bestand}:${b.bereik.start.line + 1}:${b.bereik.start.character + 1}`;
            const naam = xml(`${b.code ?? 'sturing'} (${plek})`);
            const inhoud = mislukt(b)
                ? `<failure type="${b.ernst}" message="${xml(b.bericht)}">${xml(`${plek} ${b.ernst} ${b.bericht}`)}</failure>`
                : `<skipped message="${xml(`${b.ernst}: ${b.bericht}`)}"/>`;
            return `    <testcase classname="${xml(bestand)}" name="${naam}">${inhoud}</testcase>`;
        });
        return `  <testsuite name="${xml(bestand)}" tests="${lijst.length}" failures="${lijst.filter(mislukt).length}" errors="0" skipped="${lijst.filter(b => !mislukt(b)).length}">\n${gevallen.join('\n')}\n  </testsuite>`;
    });
    if (suites.length === 0) suites.push('  <testsuite name="sturing check" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="sturing" name="geen bevindingen"/>\n  </testsuite>');
    const totaal = Math.max(1, bevindingen.length);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sturing check" tests="${totaal}" failures="${bevindingen.filter(mislukt).length}">\n${suites.join('\n')}\n</testsuites>\n`;
}
