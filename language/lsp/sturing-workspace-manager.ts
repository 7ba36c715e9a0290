import { DefaultWorkspaceManager, type BuildOptions } from 'langium';

/**
 * Problems for every .sturing file of the workspace, not only for the open ones, as vscode-eslint's
 * workspace linting does: the files found at start-up are validated too, so the Problems panel shows
 * the whole design (a change to one file re-validates the files that refer to it).
 */
export class SturingWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
}
