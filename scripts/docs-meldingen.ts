import { REGELS } from '../language/rules/catalog/index.js';
import { standaardErnstTekst } from '../language/rules/rule-types.js';

/** The page with every code a user can meet; the rule table on it is generated (npm run generate). */
export const MELDINGEN_PAGINA = 'docs/meldingen.md';
export const BEGIN = '<!-- regels:begin (gegenereerd door npm run generate) -->';
export const EIND = '<!-- regels:eind -->';

/** The rule table of docs/meldingen.md, between the markers; the links are relative to docs/. */
export function meldingenRegelTabel(): string {
    return [
        '| regel | standaardernst | wat |',
        '|---|---|---|',
        ...REGELS.map(r => `| [\`${r.id}\`](regels/${r.id}.md) | ${standaardErnstTekst(r)} | ${r.titel} |`)
    ].join('\n');
}

export function metRegelTabel(pagina: string): string {
    const i = pagina.indexOf(BEGIN), j = pagina.indexOf(EIND);
    if (i < 0 || j < i) throw new Error(`${MELDINGEN_PAGINA} mist de markeringen voor de regeltabel`);
    return pagina.slice(0, i + BEGIN.length) + '\n' + meldingenRegelTabel() + '\n' + pagina.slice(j);
}
