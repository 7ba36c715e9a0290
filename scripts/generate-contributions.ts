import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { regelInstelling, sturingJsonSchema } from './rule-schema.js';

// The parts of package.json and schemas/ that are generated from the rule catalogue.
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/sturing.schema.json', JSON.stringify(sturingJsonSchema(), null, 2) + '\n');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties['sturing.regels'] = regelInstelling();
pkg.contributes.jsonValidation = [{ fileMatch: 'sturing.json', url: './schemas/sturing.schema.json' }];
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
console.log('schemas/sturing.schema.json en package.json (sturing.regels) geschreven');
