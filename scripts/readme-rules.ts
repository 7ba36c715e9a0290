import { REGELS } from '../language/rules/catalog/index.js';
import { standaardErnstKolom } from './docs-rules.js';

export const BEGIN = '<!-- regels:begin (gegenereerd door npm run generate) -->';
export const EIND = '<!-- regels:eind -->';

/** The rule table inside README.md, between the markers. */
export function readmeRegelTabel(): string {
    return [
        '| regel | standaardernst | wat |',
        '|---|---|---|',
        ...REGELS.map(r => `| [\`${r.id}\`](docs/regels/${r.id}.md) | ${standaardErnstKolom(r)} | ${r.titel} |`)
    ].join('\n');
}

export function metRegelTabel(readme: string): string {
    const i = readme.indexOf(BEGIN), j = readme.indexOf(EIND);
    if (i < 0 || j < i) throw new Error('README.md mist de markeringen voor de regeltabel');
    return readme.slice(0, i + BEGIN.length) + '\n' + readmeRegelTabel() + '\n' + readme.slice(j);
}
