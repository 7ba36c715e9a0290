import { type DeepPartial, type Module, inject } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { SturingGeneratedModule, SturingGeneratedSharedModule } from './generated/module.js';
import { SturingDocumentSymbolProvider } from './lsp/sturing-document-symbols.js';
import { SturingFormatter } from './lsp/sturing-formatter.js';
import { SturingNodeKindProvider } from './lsp/sturing-node-kinds.js';
import { SturingCodeActions } from './lsp/sturing-code-actions.js';
import { SturingCodeLensProvider } from './lsp/sturing-code-lens.js';
import { SturingHoverProvider } from './lsp/sturing-hover-provider.js';
import { SturingInlayHintProvider } from './lsp/sturing-inlay-hints.js';
import { GovernanceProfileProvider } from './inference/profile-provider.js';
import { REGELS } from './rules/catalog/index.js';
import { RegelConfiguratie } from './rules/configuration.js';
import { RegelRunner } from './rules/rule-runner.js';
import type { Regel } from './rules/rule-types.js';
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
        LanguageChecks: LanguageChecks
    },
    rules: {
        Catalogus: readonly Regel[],
        Configuratie: RegelConfiguratie,
        Runner: RegelRunner
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
        ProfileProvider: (services) => new GovernanceProfileProvider(services.shared)
    },
    validation: {
        DocumentValidator: (services) => new SturingDocumentValidator(services),
        LanguageChecks: (services) => new LanguageChecks(services)
    },
    rules: {
        Catalogus: () => REGELS,
        Configuratie: (services) => new RegelConfiguratie(services.shared.workspace.FileSystemProvider, services.shared.workspace.ConfigurationProvider, () => services.rules.Catalogus.map(r => r.id)),
        Runner: (services) => new RegelRunner(services, services.rules.Catalogus)
    },
    lsp: {
        DocumentSymbolProvider: (services) => new SturingDocumentSymbolProvider(services),
        Formatter: () => new SturingFormatter(),
        HoverProvider: (services) => new SturingHoverProvider(services),
        InlayHintProvider: (services) => new SturingInlayHintProvider(services),
        CodeLensProvider: (services) => new SturingCodeLensProvider(services),
        CodeActionProvider: (services) => new SturingCodeActions(services),
        RenameProvider: (services) => new SturingRenameProvider(services)
    }
};

/** Services shared by all languages of the server (Sturing is the only one). */
export const SturingSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        NodeKindProvider: () => new SturingNodeKindProvider()
    }
};

export function createSturingServices(context: DefaultSharedModuleContext, extra?: Module<SturingServices, DeepPartial<SturingServices>>): {
    shared: LangiumSharedServices,
    Sturing: SturingServices
} {
    const shared = inject(createDefaultSharedModule(context), SturingGeneratedSharedModule, SturingSharedModule);
    const Sturing = extra
        ? inject(createDefaultModule({ shared }), SturingGeneratedModule, SturingModule, extra)
        : inject(createDefaultModule({ shared }), SturingGeneratedModule, SturingModule);
    shared.ServiceRegistry.register(Sturing);
    Sturing.validation.LanguageChecks.register(Sturing);
    Sturing.rules.Runner.register(Sturing);
    if (!context.connection) {
        // Not inside a language server (CLI, tests): initialise configuration right away.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sturing };
}
