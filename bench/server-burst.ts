import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { TestClient } from '../tests/lsp-client.js';
import { genereerGrootDocument } from './generate-workspace.js';
import { spreiding, type Spreiding } from './statistics.js';

/** What the bundled server reports about its builds (`sturing/bouwstatistiek`). */
interface Bouwstatistiek {
    parsesPerDocument: Record<string, number>;
}

export interface BurstResultaat {
    /** How the edits were sent: the whole text each time, or one replaced word (as VS Code sends a keystroke). */
    soort: 'volledig' | 'incrementeel';
    lines: number;
    edits: number;
    /** Extra options for Node, e.g. `--max-semi-space-size=32`. */
    nodeArgs: string[];
    /** From sending the first edit until the server published the findings of the last version. */
    finalDiagnosticsMs: Spreiding;
    /** How often the server parsed the document during each burst (undefined: the server does not say). */
    parses: Array<number | undefined>;
    /** How often findings for the document were published during each burst. */
    published: number[];
}

/**
 * A burst over the real, bundled language server (out/server.cjs, over stdio as in tests/lsp-client.ts): the
 * large document of about 5 000 lines is opened, then `edits` edits are sent back to back, each changing the word
 * of its syntax error, `rondes` times. Measured is the time from the first edit until the findings of the last
 * version arrive, and how often the server parsed the document meanwhile.
 */
export async function meetBurst(opties: { soort: BurstResultaat['soort']; rondes: number; edits?: number; nodeArgs?: string[] }): Promise<BurstResultaat> {
    const edits = opties.edits ?? 300;
    const tekst = genereerGrootDocument();
    const regels = tekst.split('\n');
    const regel = regels.findIndex(l => l.includes('probleem vaag0'));
    const kolom = regels[regel].indexOf('vaag0');
    // The bench runs bundled in a temporary folder: the server is the one of the checkout it was started in.
    const c = new TestClient({ nodeArgs: opties.nodeArgs, server: path.resolve('out/server.cjs') });
    try {
        await c.start();
        const uri = 'file:///bench/groot.sturing';
        const over = (woord: string) => (p: PublishDiagnosticsParams) => p.diagnostics.some(d => String(d.message).includes(`'${woord}'`));
        const parses = async () => (await c.vraag<Bouwstatistiek>('sturing/bouwstatistiek', {})).resultaat?.parsesPerDocument[uri];
        await c.open(uri, tekst);
        await c.wachtOpDiagnostics(uri, over('vaag0'), 60_000);
        let versie = 1, huidig = 'vaag0';
        const tijden: number[] = [], geparsed: Array<number | undefined> = [], gepubliceerd: number[] = [];
        for (let ronde = 0; ronde < opties.rondes; ronde++) {
            const voorParses = await parses();
            const voor = c.diagnostics.get(uri)!.length;
            const t0 = performance.now();
            for (let i = 1; i <= edits; i++) {
                const woord = `vaag${ronde}x${i}`;
                if (opties.soort === 'volledig') {
                    await c.wijzig(uri, tekst.replace('probleem vaag0', `probleem ${woord}`), ++versie);
                } else {
                    await c.wijzigBereik(uri, { start: { line: regel, character: kolom }, end: { line: regel, character: kolom + huidig.length } }, woord, ++versie);
                }
                huidig = woord;
            }
            await c.wachtOpDiagnostics(uri, over(huidig), 120_000);
            tijden.push(performance.now() - t0);
            const naParses = await parses();
            geparsed.push(voorParses === undefined || naParses === undefined ? undefined : naParses - voorParses);
            gepubliceerd.push(c.diagnostics.get(uri)!.length - voor);
        }
        return { soort: opties.soort, lines: regels.length, edits, nodeArgs: opties.nodeArgs ?? [], finalDiagnosticsMs: spreiding(tijden), parses: geparsed, published: gepubliceerd };
    } finally {
        await c.stop();
    }
}
