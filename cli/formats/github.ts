import type { GevondenBevinding } from '../check.js';
import type { Ernst } from '../../language/rules/severity.js';

const OPDRACHT: Readonly<Record<Ernst, 'error' | 'warning' | 'notice'>> = { fout: 'error', waarschuwing: 'warning', info: 'notice', hint: 'notice' };

/** Escaping of GitHub's workflow commands: in the message, and (more) in a property. */
const inBericht = (t: string) => t.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const inEigenschap = (t: string) => inBericht(t).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `sturing check --format github`: one workflow command per finding, which GitHub Actions shows as an
 * annotation on the line in the pull request: `::warning file=…,line=…,col=…::…`.
 */
export function alsGithub(bevindingen: readonly GevondenBevinding[]): string {
    return bevindingen.map(b => {
        const r = b.bereik;
        const eigenschappen = [
            `file=${inEigenschap(b.bestand.replace(/\\/g, '/'))}`, `line=${r.start.line + 1}`, `endLine=${r.end.line + 1}`,
            `col=${r.start.character + 1}`, `endColumn=${r.end.character + 1}`, `title=${inEigenschap(`Sturing ${b.code ?? ''}`.trim())}`
        ];
        return `::${OPDRACHT[b.ernst]} ${eigenschappen.join(',')}::${inBericht(b.bericht)}\n`;
    }).join('');
}
