/// <reference lib="webworker" />
// The Word export of the page, in a worker of its own: the docx package is only parsed when an
// advisor first asks for a Word document, not while the page starts (scripts/web.ts bundles this
// file as text, like the language server; pagina.ts starts it as a blob: worker on first use).
import { samenvattingAlsDocx } from '../language/summary/render-docx.js';
import type { Samenvatting } from '../language/summary/summary-types.js';

const werker = self as unknown as DedicatedWorkerGlobalScope;

werker.addEventListener('message', async (e: MessageEvent<{ nummer: number; samenvatting: Samenvatting }>) => {
    const { nummer, samenvatting } = e.data;
    try {
        const bytes = await samenvattingAlsDocx(samenvatting);
        werker.postMessage({ nummer, bytes }, [bytes.buffer]);
    } catch (err) {
        werker.postMessage({ nummer, fout: (err as Error)?.message ?? String(err) });
    }
});
