import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import { gemeentenaam, startbestand } from '../presentation/start-file.js';

/** The server's commands (workspace/executeCommand), for the VS Code extension. */
export const STARTBESTAND_OPDRACHT = 'sturing.startbestand';

export class SturingCommandHandler extends AbstractExecuteCommandHandler {
    registerCommands(accept: ExecuteCommandAcceptor): void {
        // The text of a new design for a gemeente (the same as `sturing init`); null for a name that cannot be one.
        accept(STARTBESTAND_OPDRACHT, ([naam]) => {
            const gemeente = typeof naam === 'string' ? gemeentenaam(naam) : undefined;
            return gemeente ? { gemeente, tekst: startbestand(gemeente) } : null;
        });
    }
}
