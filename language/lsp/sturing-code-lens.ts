import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { gemeentenIn } from '../inference/onderwerp.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import { niveauZin, opvattingZin, typeZin, zekerheidWoord } from '../presentation/profile-text.js';
import type { SturingServices } from '../sturing-module.js';

/** Above each gemeente: its inferred governance type, conception and steering level. */
export class SturingCodeLensProvider implements CodeLensProvider {
    private readonly profielen: GovernanceProfileProvider;

    constructor(services: SturingServices) {
        this.profielen = services.inference.ProfileProvider;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        return gemeentenIn(document).map(gemeente => {
            const p = this.profielen.profiel(gemeente);
            const regel = p.feiten.plek.bereik.start.line;
            return {
                range: { start: { line: regel, character: 0 }, end: { line: regel, character: 0 } },
                command: {
                    title: `Governancetype: ${typeZin(p)}${p.governancetype.zekerheid !== 'onvoldoende' ? `, ${zekerheidWoord(p.governancetype.zekerheid)}` : ''} · opvatting: ${opvattingZin(p)} · sturing op: ${niveauZin(p)}`,
                    command: 'sturing.toonSamenvatting',
                    arguments: [document.uri.toString(), gemeente.name]
                }
            };
        });
    }
}
