import { type DeepPartial, type Module, inject, URI } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { SturingGeneratedModule, SturingGeneratedSharedModule, SturingLanguageMetaData } from './generated/module.js';
import { ClientCapabilities } from './lsp/client-capabilities.js';
import { SturingDocumentSymbolProvider } from './lsp/sturing-document-symbols.js';
import { SturingFormatter } from './lsp/sturing-formatter.js';
import { SturingNodeKindProvider } from './lsp/sturing-node-kinds.js';
import { SturingCodeLensProvider } from './lsp/sturing-code-lens.js';
import { SturingCompletionProvider } from './lsp/sturing-completion.js';
import { SturingCommandHandler } from './lsp/sturing-commands.js';
import { SturingSemanticTokenProvider } from './lsp/sturing-semantic-tokens.js';
import { SturingWorkspaceManager } from './lsp/sturing-workspace-manager.js';
import { SturingHoverProvider } from './lsp/sturing-hover-provider.js';
import { SturingInlayHintProvider } from './lsp/sturing-inlay-hints.js';
import { GovernanceProfileProvider } from './inference/profile-provider.js';
import { REGELS } from './rules/catalog/index.js';
import { SturingCodeActionProvider } from './rules/code-actions.js';
import { RuleConfiguration } from './rules/configuration.js';
import { RuleRunner } from './rules/rule-runner.js';
import type { Regel } from './rules/rule-types.js';
import { SturingLexerErrorMessageProvider, SturingParserErrorMessageProvider } from './parser/dutch-error-messages.js';
import { SturingLexer } from './parser/sturing-lexer.js';
import { createSturingParser } from './parser/sturing-parser.js';
import { SturingValueConverter } from './parser/sturing-value-converter.js';
import { SturingLinker } from './references/sturing-linker.js';
import { SturingReferenceDescriptionProvider } from './references/sturing-reference-descriptions.js';
import { SturingRenameProvider } from './references/sturing-rename-provider.js';
import { SturingScopeComputation } from './references/sturing-scope-computation.js';
import { LanguageChecks } from './validation/language-checks.js';
import { SturingDocumentValidator } from './validation/sturing-document-validator.js';
import { SturingValidationRegistry } from './validation/sturing-validation-registry.js';
import { SturingDocumentBuilder } from './workspace/document-builder.js';
import { WorkspaceNames } from './workspace/workspace-names.js';
import { SturingDocumentFactory } from './workspace/document-factory.js';
import { SturingDocumentUpdateHandler } from './workspace/document-update-handler.js';
import { SturingServiceRegistry } from './workspace/service-registry.js';

/** Services Sturing adds to Langium's. */
export type SturingAddedServices = {
    lsp: {
        ClientCapabilities: ClientCapabilities
    },
    inference: {
        ProfileProvider: GovernanceProfileProvider
    },
    validation: {
        LanguageChecks: LanguageChecks
    },
    workspace: {
        WorkspaceNames: WorkspaceNames
    },
    rules: {
        Catalog: readonly Regel[],
        Configuration: RuleConfiguration,
        Runner: RuleRunner
    }
};

export type SturingServices = LangiumServices & SturingAddedServices;

export const SturingModule: Module<SturingServices, PartialLangiumServices & SturingAddedServices> = {
    parser: {
        LangiumParser: (services) => createSturingParser(services),
        Lexer: (services) => new SturingLexer(services),
        ValueConverter: () => new SturingValueConverter(),
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
    workspace: {
        ReferenceDescriptionProvider: (services) => new SturingReferenceDescriptionProvider(services),
        WorkspaceNames: (services) => new WorkspaceNames(services.shared)
    },
    validation: {
        DocumentValidator: (services) => new SturingDocumentValidator(services),
        ValidationRegistry: (services) => new SturingValidationRegistry(services),
        LanguageChecks: (services) => new LanguageChecks(services)
    },
    rules: {
        Catalog: () => REGELS,
        Configuration: (services) => new RuleConfiguration(services.shared.workspace.FileSystemProvider, services.shared.workspace.ConfigurationProvider, () => services.rules.Catalog.map(r => r.id),
            () => (services.shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(f => URI.parse(f.uri))),
        Runner: (services) => new RuleRunner(services, services.rules.Catalog)
    },
    lsp: {
        ClientCapabilities: (services) => new ClientCapabilities(services.shared),
        DocumentSymbolProvider: (services) => new SturingDocumentSymbolProvider(services),
        Formatter: () => new SturingFormatter(),
        HoverProvider: (services) => new SturingHoverProvider(services),
        InlayHintProvider: (services) => new SturingInlayHintProvider(services),
        CodeLensProvider: (services) => new SturingCodeLensProvider(services),
        CompletionProvider: (services) => new SturingCompletionProvider(services),
        SemanticTokenProvider: (services) => new SturingSemanticTokenProvider(services),
        CodeActionProvider: (services) => new SturingCodeActionProvider(services),
        RenameProvider: (services) => new SturingRenameProvider(services)
    }
};

/**
 * For the bundled server and the CLI: Langium's production mode, which skips Chevrotain's checks of
 * the grammar when the parser is built (about 25 ms of every start; bench/README.md). Tests run in
 * development mode, so those checks still guard every grammar change.
 */
export const SturingProductionModule: Module<SturingServices, DeepPartial<SturingServices>> = {
    LanguageMetaData: () => ({ ...SturingLanguageMetaData, mode: 'production' })
};

/** Services shared by all languages of the server (Sturing is the only one). */
export const SturingSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: (shared) => new SturingServiceRegistry(shared),
    lsp: {
        NodeKindProvider: () => new SturingNodeKindProvider(),
        ExecuteCommandHandler: () => new SturingCommandHandler(),
        DocumentUpdateHandler: (shared) => new SturingDocumentUpdateHandler(shared)
    },
    workspace: {
        DocumentBuilder: (shared) => new SturingDocumentBuilder(shared),
        LangiumDocumentFactory: (shared) => new SturingDocumentFactory(shared),
        WorkspaceManager: (services) => new SturingWorkspaceManager(services)
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
