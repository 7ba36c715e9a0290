import pakket from '../package.json' with { type: 'json' };
import { ERNSTEN } from '../language/rules/severity.js';
import { BestandsFout } from '../language/util/bestanden.js';
import { zichtbaar } from '../language/util/zichtbaar.js';
import { alsJson as bevindingAlsJson, alsTekst, controleer } from './check.js';
import { CliFout } from './files.js';
import { CI_FORMATEN } from './formats/index.js';
import { maakStartbestand } from './init.js';
import { alsJson, alsTekstrapport, profielen } from './profile.js';
import { FORMATEN, samenvatting } from './summary.js';

const HULP = `Sturing: controleer sturingsontwerpen (.sturing-bestanden) vanaf de opdrachtregel.

Gebruik:
  sturing check <bestanden|mappen> [--json | --format sarif|github|junit] [--max-warnings N]
  sturing profiel <bestanden|mappen> [--json]
  sturing samenvatting <bestanden|mappen> [--format md|html|docx|json|csv] [-o map|bestand] [--vergelijk]
  sturing init [bestand]
  sturing --version

  check     Toont elke bevinding als  pad:regel:kolom ernst melding [code].
            Mappen worden doorzocht op *.sturing; verwijzingen tussen bestanden werken zoals in de editor.
  --format sarif|github|junit
            Voor CI: SARIF 2.1.0 (dashboards voor codescanning), GitHub Actions-annotaties of een
            JUnit-rapport, in plaats van de regels hierboven.
  --max-warnings N
            Ook afsluitcode 1 als er meer dan N waarschuwingen zijn (voor CI).
            Regels uitzetten of strenger maken: zie sturing.json en // sturing-negeer in docs/meldingen.md.

  profiel   Toont per gemeente het afgeleide sturingsprofiel: governancetype met scores, sturingsopvatting
            (geheel en per fase), regierol, sturing op (nu en ambitie) en beleidscyclus, met de redenen.
  samenvatting
            De bestuurlijke samenvatting, zoals in de preview: Markdown (standaard), één zelfstandig
            HTML-bestand (printbaar, zonder script), een Word-document (docx, alleen met -o) of JSON.
            Met -o schrijft Sturing per bestand <naam>.samenvatting.<ext> in die map (bij gelijke namen
            met de map ervoor); -o met een extensie, zoals -o rapport.html, is één bestand. --vergelijk
            maakt één vergelijkingstabel van alle gemeenten, één rij per gemeente per periode;
            --format csv is altijd die tabel, voor een spreadsheet (UTF-8, ; als scheidingsteken).
            Sturing overschrijft nooit een bronbestand en schrijft niet via een link.
  init      Schrijft een startbestand (standaard mijn-gemeente.sturing) met de vier fasen van de
            beleidscyclus en per stap uitleg; de gemeente heet naar het bestand. Een bestaand bestand
            overschrijft Sturing nooit.
  --json    Drukt het resultaat als JSON af (check: { file, line, column, endLine, endColumn, severity,
            code, message }; profiel: één object per gemeente, zie docs/cli.md).

Afsluitcode: 0 zonder fouten, 1 bij minstens één fout, 2 bij een onjuiste opdracht, een onleesbaar bestand of
een bestand dat niet geschreven kan worden.
`;

export interface Uitvoer {
    out: (tekst: string) => void;
    err: (tekst: string) => void;
}

const standaardUitvoer: Uitvoer = {
    out: tekst => process.stdout.write(tekst),
    err: tekst => process.stderr.write(tekst)
};

/**
 * Runs the CLI and returns its exit code; never throws for bad input. Text from the files (names,
 * strings in messages) reaches the terminal with its control characters written out, so a file can
 * never send the terminal an escape sequence.
 */
export async function voerUit(args: readonly string[], naar: Uitvoer = standaardUitvoer): Promise<number> {
    const uitvoer: Uitvoer = { out: t => naar.out(zichtbaar(t)), err: t => naar.err(zichtbaar(t)) };
    const [opdracht, ...rest] = args;
    try {
        if (!opdracht || opdracht === '--help' || opdracht === '-h' || opdracht === 'help') {
            uitvoer.out(HULP);
            return opdracht ? 0 : 2;
        }
        if (opdracht === '--version' || opdracht === '-V') {
            uitvoer.out(`${pakket.version}\n`);
            return 0;
        }
        const { vlaggen, paden, maxWarnings, waarden } = leesArgumenten(rest);
        switch (opdracht) {
            case 'check': {
                for (const v of vlaggen) if (v !== '--json' && v !== '--max-warnings' && v !== '--format') throw new CliFout(`Onbekende optie '${v}' voor 'check'.\n\n${HULP}`);
                const formaat = waarden.get('--format');
                if (formaat !== undefined && !Object.hasOwn(CI_FORMATEN, formaat)) throw new CliFout(`--format kent voor check ${Object.keys(CI_FORMATEN).join(', ')}, niet '${formaat}'.`);
                const bevindingen = await controleer(paden, tekst => uitvoer.err(tekst + '\n'));
                if (formaat !== undefined) {
                    uitvoer.out(CI_FORMATEN[formaat](bevindingen));
                } else if (vlaggen.has('--json')) {
                    uitvoer.out(JSON.stringify(bevindingen.map(bevindingAlsJson), null, 2) + '\n');
                } else {
                    for (const b of bevindingen) uitvoer.out(alsTekst(b) + '\n');
                    const telling = ERNSTEN.map(e => [e, bevindingen.filter(b => b.ernst === e).length] as const)
                        .filter(([, n]) => n > 0).map(([e, n]) => `${n} × ${e}`);
                    uitvoer.out(telling.length ? `\n${telling.join(', ')}\n` : 'Geen bevindingen.\n');
                }
                const waarschuwingen = bevindingen.filter(b => b.ernst === 'waarschuwing').length;
                if (maxWarnings !== undefined && waarschuwingen > maxWarnings) {
                    uitvoer.err(`sturing: ${waarschuwingen} waarschuwingen, meer dan de ${maxWarnings} die --max-warnings toestaat.\n`);
                    return 1;
                }
                return bevindingen.some(b => b.ernst === 'fout') ? 1 : 0;
            }
            case 'profiel': {
                for (const v of vlaggen) if (v !== '--json') throw new CliFout(`Onbekende optie '${v}' voor 'profiel'.\n\n${HULP}`);
                const items = await profielen(paden, tekst => uitvoer.err(tekst + '\n'));
                if (vlaggen.has('--json')) uitvoer.out(JSON.stringify(alsJson(items), null, 2) + '\n');
                else uitvoer.out(items.length ? alsTekstrapport(items) : 'Geen gemeenten gevonden.\n');
                return 0;
            }
            case 'samenvatting': {
                for (const v of vlaggen) if (!['--format', '--vergelijk', '-o'].includes(v)) throw new CliFout(`Onbekende optie '${v}' voor 'samenvatting'.\n\n${HULP}`);
                const formaat = FORMATEN.find(f => f === waarden.get('--format'));
                if (waarden.has('--format') && !formaat) throw new CliFout(`--format kent md, html, docx, json en csv, niet '${waarden.get('--format')}'.`);
                const { tekst, geschreven } = await samenvatting(paden, { formaat, uitvoer: waarden.get('-o'), vergelijk: vlaggen.has('--vergelijk') }, t => uitvoer.err(t + '\n'));
                if (tekst !== undefined) uitvoer.out(tekst);
                for (const g of geschreven) uitvoer.err(`geschreven: ${g}\n`);
                return 0;
            }
            case 'init': {
                if (vlaggen.size > 0) throw new CliFout(`Onbekende optie '${[...vlaggen][0]}' voor 'init'.\n\n${HULP}`);
                if (paden.length > 1) throw new CliFout(`'init' schrijft één bestand; geef hooguit één naam op.`);
                const { bestand, gemeente } = maakStartbestand(paden[0]);
                uitvoer.out(`Geschreven: ${bestand}, een startbestand voor gemeente ${gemeente}.\nOpen het in VS Code, of controleer het met: sturing check ${bestand}\n`);
                return 0;
            }
            default:
                throw new CliFout(`Onbekende opdracht '${opdracht}'.\n\n${HULP}`);
        }
    } catch (err) {
        if (err instanceof CliFout || err instanceof BestandsFout) {
            uitvoer.err(`sturing: ${err.message}\n`);
            return err instanceof CliFout ? err.exitCode : 2;
        }
        uitvoer.err(`sturing: onverwachte fout: ${(err as Error)?.message ?? err}\nMeld dit alstublieft als probleem, met het bestand dat u controleerde.\n`);
        return 3;
    }
}


function leesArgumenten(rest: readonly string[]): { vlaggen: Set<string>; paden: string[]; maxWarnings?: number; waarden: Map<string, string> } {
    const vlaggen = new Set<string>();
    const waarden = new Map<string, string>();
    const paden: string[] = [];
    let maxWarnings: number | undefined;
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        const [naam, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
        if (MET_WAARDE.has(naam)) {
            const waarde = inline ?? rest[++i];
            if (waarde === undefined || waarde.startsWith('-')) throw new CliFout(`${naam} verwacht een waarde, bijvoorbeeld ${VOORBEELD[naam]}.`);
            if (naam === '--max-warnings') {
                if (!/^\d+$/.test(waarde)) throw new CliFout('--max-warnings verwacht een geheel getal van 0 of meer, bijvoorbeeld --max-warnings 0.');
                maxWarnings = Number(waarde);
            }
            waarden.set(naam, waarde);
            vlaggen.add(naam);
        } else if (a.startsWith('-') && a !== '-') {
            vlaggen.add(a);
        } else {
            paden.push(a);
        }
    }
    return { vlaggen, paden, maxWarnings, waarden };
}

const MET_WAARDE = new Set(['--max-warnings', '--format', '-o']);
const VOORBEELD: Record<string, string> = { '--max-warnings': '--max-warnings 0', '--format': '--format html', '-o': '-o samenvattingen' };
