import { waarden } from '../language/framework/vocabulary.js';

/** A small deterministic random generator (mulberry32), so every run builds the same workspace. */
export function willekeur(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6D2B79F5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Municipalities per regio file. */
const PER_REGIO = 20;

/**
 * A synthetic but realistic workspace: `aantal` gemeenten of about 300 lines each, one file per
 * gemeente, plus regio files whose parties the gemeenten use across files (plain and qualified).
 */
export function genereerWerkruimte(aantal: number, seed = 342): Map<string, string> {
    const r = willekeur(seed);
    const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)];
    const bestanden = new Map<string, string>();
    const regios = Math.max(1, Math.ceil(aantal / PER_REGIO));
    for (let i = 0; i < regios; i++) {
        const regels = [`// Regio ${i}: gedeelde partijen`, `regio Regio${i} "Samenwerkingsverband ${i}" {`];
        for (let p = 0; p < 5; p++) regels.push(`    partij R${i}Partner${p} "Regionale partner ${p}" soort ${kies(waarden('Sector'))}`);
        regels.push('}', '');
        bestanden.set(`regio-${i}.sturing`, regels.join('\n'));
    }
    for (let g = 0; g < aantal; g++) {
        const regio = Math.floor(g / PER_REGIO);
        const partijen = Array.from({ length: 14 }, (_, i) => `Partij${i}`);
        const alle = [...partijen, `R${regio}Partner0`, `Regio${regio}.R${regio}Partner1`, `R${regio}Partner2`];
        const L: string[] = [
            `// Sturingsontwerp gemeente ${g} (synthetisch, voor de benchmark)`,
            `/** Gemeente ${g}: gebiedsgerichte aanpak met ${8} teams. */`,
            `gemeente Gemeente${g} {`,
            `    periode ${2014 + (g % 6)} - ${2018 + (g % 6)}`,
            `    probleem ${kies(waarden('Probleem'))}`,
            `    verantwoordelijkheid ${kies(waarden('Verantwoordelijkheid'))}`,
            `    scenario ${kies(waarden('Scenario'))}`,
            ''
        ];
        partijen.forEach((p, i) => L.push(`    ${i === 12 ? 'adviesraad' : i === 13 ? 'burgerinitiatief' : 'partij'} ${p} "Organisatie ${p} van gemeente ${g}"${i < 12 ? ` soort ${kies(waarden('Sector'))}` : ''}`));
        L.push('');
        for (let t = 0; t < 8; t++) {
            L.push(
                `    /** Team ${t}, gestart in ${2015 + (t % 3)}. */`,
                `    team Team${t} "Sociaal wijkteam ${t}" {`,
                `        gebied "Wijk ${t}"`,
                `        breedte ${kies(waarden('Breedte'))}`,
                `        samenstelling generalisten specialisten`,
                `        doelgroep ${kies(waarden('Doelgroep'))}`,
                `        lijn nulde eerste`,
                `        toegang ${kies(waarden('JaNee'))}`,
                `        jeugdzorg ${kies(waarden('Integratie'))}`,
                `        basiszorg ${kies(waarden('Integratie'))}`,
                `        regelruimte ${kies(waarden('Regelruimte'))}`,
                `        teamleider ja`,
                `        leden ${kies(partijen)}, ${kies(partijen)}, R${regio}Partner0`,
                `        doel "Meer inwoners redden zich zelfstandig in wijk ${t}" {`,
                `            indicator "Aandeel inwoners met stijgende zelfredzaamheid" streefwaarde "${50 + t}%"`,
                `        }`,
                `        doel "Eén huishouden, één plan"`,
                `    }`,
                ''
            );
        }
        for (const fase of waarden('FaseSoort')) {
            L.push(`    fase ${fase} {`, `        gemeente ${kies(waarden('GemeenteRol'))}, ${kies(waarden('GemeenteRol'))}`);
            for (let i = 0; i < 8; i++) L.push(`        rol ${kies(alle)} ${kies(waarden('PartijRolSoort'))}`);
            L.push(`        kennisbron ${kies(waarden('Kennisbron'))}, ${kies(waarden('Kennisbron'))}`);
            L.push(`        burgerparticipatie ${kies(waarden('ParticipatieNiveau'))} via Partij12`);
            for (let i = 0; i < 4; i++) L.push(`        instrument ${kies(waarden('InstrumentSoort'))} "Instrument ${i} voor ${fase}"`);
            for (let i = 0; i < 6; i++) L.push(`        bekostiging ${kies(alle)} ${kies(waarden('Bekostigingsmodel'))}`);
            L.push(`        sturing-op ${kies(waarden('Niveau'))}`);
            if (fase === 'kaderstelling') L.push(`        eisen ${kies(waarden('Eisen'))}`);
            if (fase === 'uitvoering') L.push(`        monitoring ${kies(waarden('Wie'))}`, '        verantwoording "Kwartaalrapportage per team"');
            if (fase === 'evaluatie') L.push('        effectmeting "Wijkmonitor zelfredzaamheid en participatie"');
            L.push('    }', '');
        }
        L.push('    regie {');
        for (const c of waarden('RegieCategorie')) L.push(`        ${c} ${kies(waarden('Wie'))}`);
        L.push('    }', '', '    ambitie {', `        sturing-op outcome`, `        bekostiging ${kies(waarden('Bekostigingsmodel'))}`,
            `        burgerparticipatie ${kies(waarden('ParticipatieNiveau'))}`, `        governancetype ${kies(waarden('GovernanceType'))}`, '    }', '',
            `    governancetype ${kies(waarden('GovernanceType'))}`, '}', '');
        bestanden.set(`gemeente-${String(g).padStart(3, '0')}.sturing`, L.join('\n'));
    }
    return bestanden;
}
