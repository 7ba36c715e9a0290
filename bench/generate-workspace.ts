// A generated line draws from each meaning once (keuzewaarden: no synonyms), so that a synonym added to
// the language, such as `duidelijk` for `helder`, does not change the workspace the figures are measured on.
import { keuzewaarden } from '../language/framework/vocabulary.js';

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
        for (let p = 0; p < 5; p++) regels.push(`    partij R${i}Partner${p} "Regionale partner ${p}" soort ${kies(keuzewaarden('Sector'))}`);
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
            `    probleem ${kies(keuzewaarden('Probleem'))}`,
            `    verantwoordelijkheid ${kies(keuzewaarden('Verantwoordelijkheid'))}`,
            `    scenario ${kies(keuzewaarden('Scenario'))}`,
            ''
        ];
        partijen.forEach((p, i) => L.push(`    ${i === 12 ? 'adviesraad' : i === 13 ? 'burgerinitiatief' : 'partij'} ${p} "Organisatie ${p} van gemeente ${g}"${i < 12 ? ` soort ${kies(keuzewaarden('Sector'))}` : ''}`));
        L.push('');
        for (let t = 0; t < 8; t++) {
            L.push(
                `    /** Team ${t}, gestart in ${2015 + (t % 3)}. */`,
                `    team Team${t} "Sociaal wijkteam ${t}" {`,
                `        gebied "Wijk ${t}"`,
                `        breedte ${kies(keuzewaarden('Breedte'))}`,
                `        samenstelling generalisten specialisten`,
                `        doelgroep ${kies(keuzewaarden('Doelgroep'))}`,
                `        lijn nulde eerste`,
                `        toegang ${kies(keuzewaarden('JaNee'))}`,
                `        jeugdzorg ${kies(keuzewaarden('Integratie'))}`,
                `        basiszorg ${kies(keuzewaarden('Integratie'))}`,
                `        regelruimte ${kies(keuzewaarden('Regelruimte'))}`,
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
        for (const fase of keuzewaarden('FaseSoort')) {
            L.push(`    fase ${fase} {`, `        gemeente ${kies(keuzewaarden('GemeenteRol'))}, ${kies(keuzewaarden('GemeenteRol'))}`);
            for (let i = 0; i < 8; i++) L.push(`        rol ${kies(alle)} ${kies(keuzewaarden('PartijRolSoort'))}`);
            L.push(`        kennisbron ${kies(keuzewaarden('Kennisbron'))}, ${kies(keuzewaarden('Kennisbron'))}`);
            L.push(`        burgerparticipatie ${kies(keuzewaarden('ParticipatieNiveau'))} via Partij12`);
            for (let i = 0; i < 4; i++) L.push(`        instrument ${kies(keuzewaarden('InstrumentSoort'))} "Instrument ${i} voor ${fase}"`);
            for (let i = 0; i < 6; i++) L.push(`        bekostiging ${kies(alle)} ${kies(keuzewaarden('Bekostigingsmodel'))}`);
            L.push(`        sturing-op ${kies(keuzewaarden('Niveau'))}`);
            if (fase === 'kaderstelling') L.push(`        eisen ${kies(keuzewaarden('Eisen'))}`);
            if (fase === 'uitvoering') L.push(`        monitoring ${kies(keuzewaarden('Wie'))}`, '        verantwoording "Kwartaalrapportage per team"');
            if (fase === 'evaluatie') L.push('        effectmeting "Wijkmonitor zelfredzaamheid en participatie"');
            L.push('    }', '');
        }
        L.push('    regie {');
        for (const c of keuzewaarden('RegieCategorie')) L.push(`        ${c} ${kies(keuzewaarden('Wie'))}`);
        L.push('    }', '', '    ambitie {', `        sturing-op outcome`, `        bekostiging ${kies(keuzewaarden('Bekostigingsmodel'))}`,
            `        burgerparticipatie ${kies(keuzewaarden('ParticipatieNiveau'))}`, `        governancetype ${kies(keuzewaarden('GovernanceType'))}`, '    }', '',
            `    governancetype ${kies(keuzewaarden('GovernanceType'))}`, '}', '');
        bestanden.set(`gemeente-${String(g).padStart(3, '0')}.sturing`, L.join('\n'));
    }
    return bestanden;
}

/**
 * One large document of about 5 000 lines: the gemeenten of the heavy workspace of 17 one after the other, their
 * regio parties replaced by a party of their own, and one syntax error (`probleem vaag0`) whose word the burst of
 * edits changes (tests/server-robustness.test.ts, the bench's burst). Its findings name that word, so a client can
 * tell which version they belong to.
 */
export function genereerGrootDocument(): string {
    const gemeenten = [...genereerWerkruimte(17).entries()].filter(([naam]) => !naam.startsWith('regio')).map(([, tekst]) => tekst);
    return gemeenten.join('\n').replace(/Regio\d+\.R\d+Partner\d+|R\d+Partner\d+/g, 'Partij1').replace(/probleem \w+/, 'probleem vaag0');
}

/** Design variants (periods) per municipality in the realistic workspace: four periods of a policy cycle. */
const PERIODES = [2014, 2016, 2018, 2020] as const;

/** What a realistic workspace holds: the files, and the sturing.json files by folder. */
export interface RealistischeWerkruimte {
    bestanden: Map<string, string>;
    configuraties: Map<string, string>;
}

/**
 * A workspace shaped like real descriptions rather than the heavy synthetic one: for each of
 * `342 × schaal` municipalities one small file per period (35–115 lines; one or two teams,
 * about eight partner roles over the phases, about two funding lines), regio files, a
 * `sturing.json` at the root and in a few municipality folders, and the imperfections real files
 * have: about 3 % with a syntax error, 5 % with a reference to an undeclared party, 10 % with a
 * `// sturing-negeer` comment. At `schaal` 1 its total size is close to the heavy workspace of 342.
 */
export function genereerRealistischeWerkruimte(schaal: number, seed = 2014): RealistischeWerkruimte {
    const r = willekeur(seed * 31 + schaal);
    const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)];
    const kans = (p: number) => r() < p;
    const bestanden = new Map<string, string>();
    const configuraties = new Map<string, string>();
    const aantal = 342 * schaal;
    const regios = Math.ceil(aantal / PER_REGIO);
    for (let i = 0; i < regios; i++) {
        const regels = [`// Regio ${i}: partijen die de gemeenten van de regio delen`, `regio Regio${i} "Samenwerkingsverband ${i}" {`];
        for (let p = 0; p < 4; p++) regels.push(`    partij R${i}Partner${p} "Regionale partner ${p}" soort ${kies(keuzewaarden('Sector'))}`);
        regels.push('}', '');
        bestanden.set(`regio/regio-${i}.sturing`, regels.join('\n'));
    }
    configuraties.set('', JSON.stringify({ regels: { 'vaag-doel': 'uit', 'geen-burgerparticipatie': 'hint' } }, null, 2));
    const rollen = ['regisseur', 'ruimte-latende-regisseur', 'opdrachtgever', 'facilitator', 'coproducent', 'onderhandelaar'] as const;
    for (let g = 0; g < aantal; g++) {
        const regio = Math.floor(g / PER_REGIO);
        const map = `gemeente-${String(g).padStart(4, '0')}`;
        if (g % 25 === 0) configuraties.set(map, JSON.stringify({ regels: { 'kleine-cyclus': 'uit' } }, null, 2));
        for (const jaar of PERIODES) {
            // Some descriptions are thin (two phases, nothing else), some are rich (three roles per phase, more instruments).
            const dun = kans(0.15), rijk = !dun && kans(0.45);
            const partijen = ['Welzijn', 'Zorg', 'Huisartsen', 'Corporatie'].slice(0, 2 + Math.floor(r() * 3));
            const regioPartij = kans(0.5) ? `R${regio}Partner${Math.floor(r() * 4)}` : undefined;
            const rolPartijen = regioPartij ? [...partijen, regioPartij] : partijen;
            const L: string[] = [`// Sturingsontwerp gemeente ${g}, periode ${jaar}`,
                ...(kans(0.6) ? [`// Bronnen: collegebesluit ${jaar}, interviews met de teamleiders en de evaluatie van ${jaar + 3}.`, '// Beschreven door de beleidsmedewerker sociaal domein.'] : []), `gemeente Gemeente${g}_${jaar} {`,
                `    periode ${jaar} - ${jaar + 3}`, `    probleem ${kies(keuzewaarden('Probleem'))}`];
            if (kans(0.7)) L.push(`    verantwoordelijkheid ${kies(keuzewaarden('Verantwoordelijkheid'))}`);
            if (kans(0.6)) L.push(`    scenario ${kies(keuzewaarden('Scenario'))}`);
            L.push('');
            for (const p of partijen) L.push(`    partij ${p} "${p} gemeente ${g}" soort ${kies(keuzewaarden('Sector'))}`);
            if (kans(0.6)) L.push(`    adviesraad Raad "Adviesraad sociaal domein ${g}"`);
            L.push('');
            const teams = !dun && kans(0.4) ? 2 : 1;
            for (let t = 0; t < teams; t++) {
                if (kans(0.5)) L.push(`    /** Team ${t}: gestart in ${jaar}, eerst als pilot. */`);
                L.push(`    team Team${t} "Sociaal team ${t}" {`, `        gebied "Wijk ${t}"`, `        breedte ${kies(keuzewaarden('Breedte'))}`,
                    `        samenstelling generalisten${kans(0.5) ? ' specialisten' : ''}`, `        lijn nulde eerste`,
                    `        regelruimte ${kies(keuzewaarden('Regelruimte'))}`, `        leden ${partijen.slice(0, 2).join(', ')}`);
                if (rijk) L.push(`        doel "Inwoners redden zich langer zelf" {`, `            indicator outcome "Aandeel inwoners met gestegen zelfredzaamheid" streefwaarde "${60 + t}%"`, `            indicator output "Aantal keukentafelgesprekken per jaar"`, '        }', `        doel "Minder inwoners in de specialistische zorg" {`, `            indicator outcome "Aandeel inwoners met maatwerkvoorziening"`, '        }');
                else if (kans(0.5)) L.push(`        doel "Inwoners redden zich langer zelf" {`, `            indicator outcome "Aandeel inwoners met gestegen zelfredzaamheid" streefwaarde "${60 + t}%"`, '        }');
                else L.push(`        doel "Eén huishouden, één plan"`);
                L.push('    }', '');
            }
            const fasen = dun ? keuzewaarden('FaseSoort').slice(0, 2) : kans(0.7) ? keuzewaarden('FaseSoort') : keuzewaarden('FaseSoort').slice(0, 3);
            let bekostigingen = 0;
            fasen.forEach((fase, i) => {
                if (kans(0.1)) L.push(`    // sturing-negeer ${kies(['npm-in-verkenning', 'rol-ontbreekt', 'fuik'])}: bewuste keuze van de gemeente`);
                L.push(`    fase ${fase} {`, `        gemeente ${kans(0.3) ? `vooral ${kies(rollen)}, soms ${kies(rollen)}` : kies(rollen)}`);
                for (const p of rolPartijen.slice(0, rijk ? 3 : 2)) L.push(`        rol ${p} ${kies(keuzewaarden('PartijRolSoort'))}`);
                if (fase === 'verkenning') L.push(`        kennisbron ${[...new Set([kies(keuzewaarden('Kennisbron')), kies(keuzewaarden('Kennisbron'))])].join(', ')}`);
                if (kans(0.5)) L.push(`        burgerparticipatie ${kies(keuzewaarden('ParticipatieNiveau'))}`);
                for (let k = 0; k < (rijk ? 3 : kans(0.6) ? 1 : 0); k++) L.push(`        instrument ${kies(keuzewaarden('InstrumentSoort'))} "Instrument ${k + 1} voor de ${fase}"`);
                if ((fase === 'kaderstelling' || fase === 'uitvoering') && bekostigingen < 2) {
                    L.push(`        bekostiging ${partijen[bekostigingen]} ${kies(keuzewaarden('Bekostigingsmodel'))}${kans(0.5) ? ` geldstroom ${kies(keuzewaarden('Geldstroom'))}` : ''}`);
                    bekostigingen++;
                }
                if (fase !== 'verkenning' && kans(0.7)) L.push(`        sturing-op ${kies(keuzewaarden('Niveau'))}`);
                if (fase === 'uitvoering' && kans(0.5)) L.push('        verantwoording "Halfjaarlijkse rapportage"');
                if (fase === 'evaluatie' && kans(0.6)) L.push('        effectmeting "Wijkmonitor"');
                if (i === 1 && kans(0.05)) L.push(`        rol ${partijen[0]}x partner`); // a typo: an undeclared party
                if (i === 2 && kans(0.03)) L.push(`        gemeente`); // a syntax error: a role is missing
                L.push('    }', '');
            });
            if (!dun && kans(0.5)) {
                L.push('    regie {');
                for (const c of keuzewaarden('RegieCategorie').slice(0, 4)) L.push(`        ${c} ${kies(keuzewaarden('Wie'))}`);
                L.push('    }', '');
            }
            if (!dun && kans(0.5)) L.push('    ambitie {', `        sturing-op outcome`, `        burgerparticipatie ${kies(keuzewaarden('ParticipatieNiveau'))}`, '    }', '');
            if (kans(0.3)) L.push(`    governancetype ${kies(keuzewaarden('GovernanceType'))}`);
            L.push('}', '');
            bestanden.set(`${map}/${jaar}.sturing`, L.join('\n'));
        }
    }
    return { bestanden, configuraties };
}
