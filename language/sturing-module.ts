import { type DeepPartial, type Module, inject } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { SturingGeneratedModule, SturingGeneratedSharedModule } from './generated/module.js';
import { SturingDocumentSymbolProvider } from './lsp/sturing-document-symbols.js';
import { SturingFormatter } from './lsp/sturing-formatter.js';
import { SturingNodeKindProvider } from './lsp/sturing-node-kinds.js';
import { SturingCodeLensProvider } from './lsp/sturing-code-lens.js';
import { SturingHoverProvider } from './lsp/sturing-hover-provider.js';
import { SturingInlayHintProvider } from './lsp/sturing-inlay-hints.js';
import { GovernanceProfileProvider } from './inference/profile-provider.js';
import { ProfileDiagnostics } from './validation/profile-diagnostics.js';
import { SturingLexerErrorMessageProvider, SturingParserErrorMessageProvider } from './parser/dutch-error-messages.js';
import { SturingLinker } from './references/sturing-linker.js';
import { SturingRenameProvider } from './references/sturing-rename-provider.js';
import { SturingScopeComputation } from './references/sturing-scope-computation.js';
import { LanguageChecks } from './validation/language-checks.js';
import { SturingDocumentValidator } from './validation/sturing-document-validator.js';

/** Services Sturing adds to Langium's. */
export type SturingAddedServices = {
    inference: {
        ProfileProvider: GovernanceProfileProvider
    },
    validation: {
        LanguageChecks: LanguageChecks,
        ProfileDiagnostics: ProfileDiagnostics
    }
};

export type SturingServices = LangiumServices & SturingAddedServices;

export const SturingModule: Module<SturingServices, PartialLangiumServices & SturingAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new SturingParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SturingLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new SturingScopeComputation(services),
        Linker: (services) => new SturingLinker(services)
    },
    inference: {
        ProfileProvider: () => new GovernanceProfileProvider()
    },
    validation: {
        DocumentValidator: (services) => new SturingDocumentValidator(services),
        LanguageChecks: (services) => new LanguageChecks(services),
        ProfileDiagnostics: (services) => new ProfileDiagnostics(services)
    },
    lsp: {
        DocumentSymbolProvider: (services) => new SturingDocumentSymbolProvider(services),
        Formatter: () => new SturingFormatter(),
        HoverProvider: (services) => new SturingHoverProvider(services),
        InlayHintProvider: (services) => new SturingInlayHintProvider(services),
        CodeLensProvider: (services) => new SturingCodeLensProvider(services),
        RenameProvider: (services) => new SturingRenameProvider(services)
    }
};

/** Services shared by all languages of the server (Sturing is the only one). */
export const SturingSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        NodeKindProvider: () => new SturingNodeKindProvider()
    }
};

export function createSturingServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices,
    Sturing: SturingServices
} {
    const shared = inject(createDefaultSharedModule(context), SturingGeneratedSharedModule, SturingSharedModule);
    const Sturing = inject(createDefaultModule({ shared }), SturingGeneratedModule, SturingModule);
    shared.ServiceRegistry.register(Sturing);
    Sturing.validation.LanguageChecks.register(Sturing);
    Sturing.validation.ProfileDiagnostics.register(Sturing);
    if (!context.connection) {
        // Not inside a language server (CLI, tests): initialise configuration right away.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sturing };
}
