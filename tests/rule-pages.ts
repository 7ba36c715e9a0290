import { readdirSync, readFileSync } from 'node:fs';

export const REGEL_MAP = new URL('../docs/regels/', import.meta.url);

export interface RegelPagina {
    id: string;
    tekst: string;
    metMelding: string;
    zonderMelding: string;
}

function blokNa(tekst: string, kop: string): string {
    const i = tekst.indexOf(`## ${kop}`);
    if (i < 0) throw new Error(`kop '${kop}' ontbreekt`);
    const m = /```sturing\n([\s\S]*?)\n```/.exec(tekst.slice(i));
    if (!m) throw new Error(`geen sturing-voorbeeld onder '${kop}'`);
    return m[1] + '\n';
}

/** The rule pages in docs/regels (all but the generated index), with their two examples. */
export function regelPaginas(): RegelPagina[] {
    return readdirSync(REGEL_MAP).filter(f => f.endsWith('.md') && f !== 'README.md').map(f => f.slice(0, -3)).sort().map(id => {
        const f = `${id}.md`;
        const tekst = readFileSync(new URL(f, REGEL_MAP), 'utf8');
        return { id, tekst, metMelding: blokNa(tekst, 'Voorbeeld met melding'), zonderMelding: blokNa(tekst, 'Voorbeeld zonder melding') };
    });
}
