import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { maakVergelijking } from '../language/summary/comparison.js';
import { samenvattingAlsHtml, vergelijkingAlsHtml } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown, vergelijkingAlsMarkdown } from '../language/summary/render-markdown.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import { CliFout } from './files.js';
import { laadWerkruimte } from './workspace.js';

export type Formaat = 'md' | 'html' | 'json';
const EXTENSIE: Record<Formaat, string> = { md: 'md', html: 'html', json: 'json' };

export interface SamenvattingOpties {
    formaat: Formaat;
    uitvoermap?: string;
    vergelijk: boolean;
}

/**
 * `sturing samenvatting`: the same content as the preview, as Markdown, one self-contained HTML file
 * or JSON, per source file (or, with --vergelijk, the comparison table). Returns what to print when
 * no output folder is given, and the files written otherwise.
 */
export async function samenvatting(paden: readonly string[], opties: SamenvattingOpties, waarschuw?: (t: string) => void): Promise<{ tekst?: string; geschreven: string[] }> {
    const { services, documenten } = await laadWerkruimte(paden, waarschuw);
    const bronnen = { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider };
    const rel = (p: string) => path.relative(process.cwd(), p) || p;
    if (opties.vergelijk) {
        const rijen = maakVergelijking(documenten.map(document => ({ document, bestand: rel(document.uri.fsPath) })), bronnen);
        const tekst = opties.formaat === 'json' ? JSON.stringify(rijen, null, 2) + '\n' : opties.formaat === 'md' ? vergelijkingAlsMarkdown(rijen) : vergelijkingAlsHtml(rijen, { modus: 'export' });
        if (!opties.uitvoermap) return { tekst, geschreven: [] };
        const doel = path.join(opties.uitvoermap, `vergelijking.${EXTENSIE[opties.formaat]}`);
        await schrijf(doel, tekst);
        return { geschreven: [doel] };
    }
    const samenvattingen = documenten.map(d => ({ bron: d.uri.fsPath, model: maakSamenvatting(d, rel(d.uri.fsPath), bronnen) }));
    if (!opties.uitvoermap) {
        if (opties.formaat === 'json') return { tekst: JSON.stringify(samenvattingen.map(s => s.model), null, 2) + '\n', geschreven: [] };
        if (opties.formaat === 'md') return { tekst: samenvattingen.map(s => samenvattingAlsMarkdown(s.model)).join('\n'), geschreven: [] };
        if (samenvattingen.length !== 1) throw new CliFout('Met --format html schrijft Sturing één bestand per .sturing-bestand; geef met -o een map op, bijvoorbeeld -o samenvattingen.');
        return { tekst: samenvattingAlsHtml(samenvattingen[0].model, { modus: 'export' }), geschreven: [] };
    }
    const geschreven: string[] = [];
    for (const s of samenvattingen) {
        const naam = path.basename(s.bron).replace(/\.sturing$/, '');
        const doel = path.join(opties.uitvoermap, `${naam}.samenvatting.${EXTENSIE[opties.formaat]}`);
        const tekst = opties.formaat === 'json' ? JSON.stringify(s.model, null, 2) + '\n' : opties.formaat === 'md' ? samenvattingAlsMarkdown(s.model) : samenvattingAlsHtml(s.model, { modus: 'export' });
        await schrijf(doel, tekst);
        geschreven.push(doel);
    }
    return { geschreven };
}

async function schrijf(doel: string, tekst: string): Promise<void> {
    try {
        await fs.mkdir(path.dirname(doel), { recursive: true });
        await fs.writeFile(doel, tekst, 'utf8');
    } catch (err) {
        throw new CliFout(`Kan '${doel}' niet schrijven (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
    }
}
