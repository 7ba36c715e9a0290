import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { onderwerpVan } from '../inference/onderwerp.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import { faseOpvattingZin, onderbouwingZin, opvattingKort, typeKort, typeZin, VOORLOPIG } from '../presentation/profile-text.js';
import type { SturingServices } from '../sturing-module.js';
import type { ConfigurationProvider } from 'langium';

/**
 * Small grey labels after `gemeente X {` (the inferred governance type) and after `fase X {` (the
 * phase's steering conception). The setting `sturing.inlayHints.enabled` switches them off.
 */
export class SturingInlayHintProvider extends AbstractInlayHintProvider {
    private readonly profielen: GovernanceProfileProvider;
    private readonly configuratie: ConfigurationProvider;

    constructor(services: SturingServices) {
        super();
        this.profielen = services.inference.ProfileProvider;
        this.configuratie = services.shared.workspace.ConfigurationProvider;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const instelling = await this.configuratie.getConfiguration('sturing', 'inlayHints') as { enabled?: boolean } | undefined;
        if (instelling?.enabled === false) return [];
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        const accolade = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
        if (!accolade) return;
        const onderwerp = onderwerpVan(node);
        if (onderwerp?.soort === 'gemeente') {
            const p = this.profielen.profiel(onderwerp.node);
            accept({ position: accolade.range.end, label: typeKort(p), kind: InlayHintKind.Type, paddingLeft: true, tooltip: `Afgeleid governancetype (R1 §2.2): ${typeZin(p)}. ${onderbouwingZin(p.governancetype)}.` });
        } else if (onderwerp?.soort === 'fase' && onderwerp.gemeente) {
            const p = this.profielen.profiel(onderwerp.gemeente);
            const fo = p.opvatting.fasen.find(f => f.fase === onderwerp.node.soort);
            if (!fo || fo.zekerheid === 'onvoldoende') return;
            // A phase whose rows point different ways says so, as the hover does: a mix, not nothing.
            const label = (fo.opvatting ? opvattingKort(fo.opvatting) : 'mengvorm') + (fo.zekerheid === 'zwak' ? ' (zwak onderbouwd)' : '') + (p.voorlopig ? ' (voorlopig)' : '');
            accept({ position: accolade.range.end, label, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `Sturingsopvatting van deze fase: ${faseOpvattingZin(fo)}${p.voorlopig ? ` (${VOORLOPIG})` : ''} (R1 §2.1 fig. 1)` });
        }
    }
}
