import { REGELS } from '../language/rules/catalog/index.js';
import { ERNST_WOORDEN } from '../language/rules/severity.js';
import { standaardErnstTekst } from '../language/rules/rule-types.js';

const WAARDEN = ERNST_WOORDEN;

/** Per rule: the allowed severities, with the rule's one-line description and default. */
function regelEigenschappen(): Record<string, object> {
    return Object.fromEntries(REGELS.map(r => [r.id, {
        type: 'string',
        enum: WAARDEN,
        markdownDescription: `${r.titel} Standaard: \`${standaardErnstTekst(r)}\`. ([uitleg](docs/regels/${r.id}.md))`
    }]));
}

/** The JSON schema of sturing.json (schemas/sturing.schema.json), for completion and checking in VS Code. */
export function sturingJsonSchema(): object {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'Sturing: instellingen voor de regels',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            regels: {
                type: 'object',
                description: 'Ernst per regel: fout, waarschuwing, info, hint of uit.',
                additionalProperties: false,
                properties: regelEigenschappen()
            }
        }
    };
}

/** The VS Code setting `sturing.regels` (in package.json). */
export function regelInstelling(): object {
    return {
        scope: 'resource',
        type: 'object',
        default: {},
        additionalProperties: false,
        markdownDescription: 'Ernst per regel (`fout`, `waarschuwing`, `info`, `hint`, `uit`). Wint van `sturing.json`. Zie docs/regels/README.md.',
        properties: regelEigenschappen()
    };
}
