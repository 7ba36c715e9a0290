import { Cancellation, DefaultDocumentBuilder, delayNextTick, OperationCancelled, type BuildOptions, type LangiumDocument } from 'langium';

type CancellationToken = Cancellation.CancellationToken;

/**
 * Langium's document builder, plus: a build first lets the messages that are already waiting in (the
 * next edits of a burst) be handled. Langium handles one message per turn of the event loop, and a
 * build that started on the first edit parsed the whole document before the second was even read; so
 * 300 quick edits were 300 parses. Now a newer edit cancels the build before it has parsed anything,
 * and a burst costs one build.
 */
export class SturingDocumentBuilder extends DefaultDocumentBuilder {

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None) {
            await delayNextTick();
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
    }
}
