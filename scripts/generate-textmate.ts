import { writeFileSync } from 'node:fs';
import { bouwTextMateGrammatica } from '../language/textmate.js';

writeFileSync('syntaxes/sturing.tmLanguage.json', JSON.stringify(bouwTextMateGrammatica(), null, 2) + '\n');
console.log('syntaxes/sturing.tmLanguage.json geschreven');
