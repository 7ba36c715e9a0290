import { REGELS } from '../language/rules/catalog/index.js';
import { OVERIGE_CODES } from '../language/rules/finding.js';
import { WOORDENSCHAT } from '../language/framework/vocabulary.js';
import { GOVERNANCE_TYPE_IDS, EXTRA_MODEL_IDS, model } from '../language/framework/governance-type-model.js';

/**
 * Reads a summary as a reader gets it (the Markdown text, the HTML page, or the HTML a Word reader
 * makes of the .docx) into headings, paragraphs and tables, and checks it as a note for a wethouder:
 * the title names no file, line numbers and rule codes stand only in the appendix, no sentence is said
 * twice, no keyword spelling leaks into the text, and what the prose says about the governance type,
 * the conception per phase and the regierol is what the tables say. The checks know the note's
 * headings and the shape of its claims ("met als governancetype X (Y)"), not how the code builds them.
 */

export type Blok = { soort: 'kop'; niveau: number; tekst: string } | { soort: 'alinea'; tekst: string } | { soort: 'tabel'; rijen: string[][] };

export interface Notitie {
    titel: string;
    blokken: Blok[];
}

const SUPERSCHRIFT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

function ontsnapMarkdown(t: string): string {
    return t.replace(/\\([\\`*_[\]|#!<>&])/g, '$1');
}

/** Markdown as written by `sturing samenvatting --format md`: headings, tables, list items and paragraphs. */
export function leesMarkdown(md: string): Notitie {
    const blokken: Blok[] = [];
    let titel = '';
    for (const regel of md.split('\n')) {
        const r = regel.trim();
        if (!r || r === '---') continue;
        const kop = /^(#{1,6})\s+(.*)$/.exec(r);
        if (kop) {
            if (kop[1].length === 1 && !titel) titel = ontsnapMarkdown(kop[2]);
            blokken.push({ soort: 'kop', niveau: kop[1].length, tekst: ontsnapMarkdown(kop[2]) });
            continue;
        }
        if (r.startsWith('|')) {
            if (/^\|(\s*:?-+:?\s*\|)+$/.test(r)) continue;
            const cellen = r.slice(1, -1).split(/(?<!\\)\|/).map(c => ontsnapMarkdown(c.trim()).replace(/\*\*/g, ''));
            const vorige = blokken[blokken.length - 1];
            if (vorige?.soort === 'tabel') vorige.rijen.push(cellen); else blokken.push({ soort: 'tabel', rijen: [cellen] });
            continue;
        }
        const tekst = ontsnapMarkdown(r.replace(/^(-|\d+\.)\s+/, '').replace(/^_(.*)_$/, '$1').replace(/\*\*/g, ''));
        blokken.push({ soort: 'alinea', tekst });
    }
    return { titel, blokken };
}

function tekstVanHtml(html: string): string {
    return html.replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#123;/g, '{').replace(/&#125;/g, '}').replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ').trim();
}

/**
 * HTML: the page's or the one a Word reader makes (mammoth). Headings, paragraphs, list items and tables
 * in document order; a note's superscript number is left out; the pictures (SVG) are not text to check.
 */
export function leesHtml(html: string, titelKlasse?: string): Notitie {
    const lichaam = html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<svg\b[\s\S]*?<\/svg>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '').replace(/<script\b[\s\S]*?<\/script>/g, '');
    const blokken: Blok[] = [];
    let titel = tekstVanHtml(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
    const patroon = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>|<table\b[^>]*>([\s\S]*?)<\/table>|<p\b([^>]*)>([\s\S]*?)<\/p>|<li\b[^>]*>((?:(?!<li\b|<ul\b|<ol\b)[\s\S])*?)(?:<\/li>|<ul\b|<ol\b)/g;
    for (const m of lichaam.matchAll(patroon)) {
        if (m[1]) {
            blokken.push({ soort: 'kop', niveau: Number(m[1]), tekst: tekstVanHtml(m[2]) });
            if (m[1] === '1' && !titel) titel = tekstVanHtml(m[2]);
        } else if (m[3] !== undefined) {
            const rijen = [...m[3].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map(r => [...r[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map(c => tekstVanHtml(c[1])));
            blokken.push({ soort: 'tabel', rijen });
        } else if (m[5] !== undefined) {
            const tekst = tekstVanHtml(m[5]);
            if (titelKlasse && m[4].includes(`class="${titelKlasse}"`)) { titel = tekst; blokken.push({ soort: 'kop', niveau: 1, tekst }); continue; }
            if (tekst) blokken.push({ soort: 'alinea', tekst });
        } else if (m[6] !== undefined) {
            const tekst = tekstVanHtml(m[6]);
            if (tekst) blokken.push({ soort: 'alinea', tekst });
        }
    }
    return { titel, blokken };
}

const BIJLAGE = /^Bijlage: waar staat het in het ontwerp$/;
const OVERIGE_BEVINDINGEN = /^Overige bevindingen$/;
const COLOFON = /^Gemaakt met Sturing op /;

/** The parts of the note outside the appendix, per gemeente: where line numbers and codes may not stand. */
export function delen(n: Notitie): { tekst: Blok[][]; bijlage: Blok[] } {
    const tekst: Blok[][] = [[]];
    const bijlage: Blok[] = [];
    let inBijlage: number | undefined;
    for (const b of n.blokken) {
        if (b.soort === 'kop') {
            if (BIJLAGE.test(b.tekst) || OVERIGE_BEVINDINGEN.test(b.tekst)) { inBijlage = b.niveau; bijlage.push(b); continue; }
            if (inBijlage !== undefined && b.niveau <= inBijlage) inBijlage = undefined;
            if (inBijlage === undefined && /^Gemeente /.test(b.tekst)) tekst.push([]);
        }
        if (b.soort === 'alinea' && COLOFON.test(b.tekst)) continue;
        if (inBijlage !== undefined) bijlage.push(b); else tekst[tekst.length - 1].push(b);
    }
    return { tekst: tekst.filter(t => t.length > 0), bijlage };
}

const REGEL_CODES = [...REGELS.map(r => r.id), ...Object.keys(OVERIGE_CODES)];
const TYPE_LABELS = [...GOVERNANCE_TYPE_IDS, ...EXTRA_MODEL_IDS].map(id => model(id).label).sort((a, b) => b.length - a.length);
const ZEKERHEID = ['stevig onderbouwd', 'redelijk onderbouwd', 'zwak onderbouwd', 'te weinig gegevens'];
const ZEKERHEID_RE = ZEKERHEID.join('|');
const TYPE_RE = TYPE_LABELS.map(l => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const OPVATTING_RE = 'governance|NPM|klassieke overheidssturing|government';
const FASE_RE = 'verkenning|kaderstelling|uitvoering|evaluatie';

/** Keyword spellings that have other words in prose: hyphenated keywords and those without their diacritics. */
export const SLEUTELWOORDEN: readonly string[] = [...new Set(Object.values(WOORDENSCHAT).flatMap(c => Object.entries(c as Record<string, { label: string }>)
    .filter(([k, b]) => k !== b.label && (k.includes('-') || b.label.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === k))
    .map(([k]) => k)))];

function tekstVan(b: Blok): string[] {
    return b.soort === 'tabel' ? b.rijen.flat() : [b.tekst];
}

/** Sentences of the paragraphs, without note numbers. */
export function zinnen(blokken: readonly Blok[]): string[] {
    return blokken.filter((b): b is Extract<Blok, { soort: 'alinea' }> => b.soort === 'alinea')
        .flatMap(b => b.tekst.replace(SUPERSCHRIFT, '').split(/(?<=[.!?])\s+(?=[A-Z"„(])/))
        .map(z => z.replace(/\s+/g, ' ').trim()).filter(z => z.split(' ').length >= 4);
}

function schoon(t: string): string {
    return t.replace(SUPERSCHRIFT, '').replace(/\s+/g, ' ').trim();
}

function tabelMet(blokken: readonly Blok[], kop: readonly string[]): string[][] | undefined {
    const t = blokken.find((b): b is Extract<Blok, { soort: 'tabel' }> => b.soort === 'tabel' && kop.every((k, i) => b.rijen[0]?.[i]?.toLowerCase() === k));
    return t?.rijen.slice(1);
}

function begintMet(cel: string, opties: readonly string[]): string | undefined {
    return opties.find(o => cel.startsWith(o));
}

/** Every problem a reader of the note would stumble on; empty when the note is fit to hand on. */
export function controleerNotitie(n: Notitie): string[] {
    const fouten: string[] = [];
    if (/[/\\]|\.sturing\b/.test(n.titel)) fouten.push(`titel met een bestandsnaam: ${n.titel}`);
    if (!/^Sturing van de gebiedsgerichte aanpak( — |$)/.test(n.titel)) fouten.push(`titel zegt niet waar het over gaat: ${n.titel}`);
    const { tekst } = delen(n);
    for (const blokken of tekst) {
        for (const b of blokken) {
            for (const t of tekstVan(b)) {
                if (/\br\.\s*\d/.test(t)) fouten.push(`regelnummer buiten de bijlage: ${t}`);
                for (const code of REGEL_CODES) {
                    if (code.includes('-') ? new RegExp(`(?<![\\w-])${code}(?![\\w-])`).test(t) : new RegExp(`[[(\`]${code}[\\])\`]`).test(t)) fouten.push(`regelcode ${code} buiten de bijlage: ${t}`);
                }
                if (/regie-blok|\bstemmen\b|naar aanleiding van r\./i.test(t)) fouten.push(`taal van het gereedschap: ${t}`);
                if (/\.sturing\b/.test(t)) fouten.push(`een bestandsnaam buiten de bijlage en het colofon: ${t}`);
                for (const w of SLEUTELWOORDEN) if (new RegExp(`(?<![\\w-])${w.replace(/[-]/g, '\\-')}(?![\\w-])`).test(t)) fouten.push(`sleutelwoord '${w}' in de tekst: ${t}`);
            }
        }
        const gezien = new Set<string>();
        for (const z of zinnen(blokken)) {
            if (gezien.has(z)) fouten.push(`zin staat er twee keer: ${z}`);
            gezien.add(z);
        }
        fouten.push(...tekstEnTabellen(blokken));
    }
    return fouten;
}

/** Prose against tables: the governance type with its certainty, the conception per phase, the regierol, the conception of the whole. */
function tekstEnTabellen(blokken: readonly Blok[]): string[] {
    const fouten: string[] = [];
    const proza = blokken.filter((b): b is Extract<Blok, { soort: 'alinea' }> => b.soort === 'alinea').map(b => schoon(b.tekst)).join(' ');
    const overzicht = tabelMet(blokken, ['onderdeel', 'uitkomst', 'onderbouwing']);
    if (!overzicht) return ['geen overzichtstabel (onderdeel | uitkomst | onderbouwing)'];
    const rij = (naam: string) => overzicht.find(r => r[0] === naam);

    // The governance type and how firm it is.
    const typeRij = rij('Governancetype');
    const type = typeRij && begintMet(typeRij[1], TYPE_LABELS);
    const typeZekerheid = typeRij && begintMet(typeRij[2], ZEKERHEID);
    const kort = [...proza.matchAll(new RegExp(`met als governancetype (${TYPE_RE}) \\((${ZEKERHEID_RE})\\)`, 'g'))];
    const lang = [...proza.matchAll(new RegExp(`(?:Vooral|Het governancetype is) (${TYPE_RE})\\b(?:(?!\\. [A-Z]).)*\\. Dat is (${ZEKERHEID_RE})\\.`, 'g'))];
    if (type) {
        if (kort.length === 0 || lang.length === 0) fouten.push(`het governancetype ${type} staat in de tabel, maar niet in de tekst (in het kort en onder Governancetype)`);
        for (const m of [...kort, ...lang]) {
            if (m[1] !== type) fouten.push(`de tekst noemt governancetype ${m[1]}, de tabel ${type}`);
            if (m[2] !== typeZekerheid) fouten.push(`de tekst noemt het governancetype ${m[2]}, de tabel ${typeZekerheid}`);
        }
    } else if (kort.length || lang.length) {
        fouten.push(`de tekst noemt een governancetype (${(kort[0] ?? lang[0])[1]}), de tabel niet (${typeRij?.[1]})`);
    }

    // The conception as a whole.
    const geheelRij = rij('Sturingsopvatting');
    const geheel = geheelRij && begintMet(geheelRij[1], ['governance', 'NPM', 'klassieke overheidssturing']);
    for (const m of proza.matchAll(new RegExp(`is als geheel (${OPVATTING_RE})\\b`, 'g'))) if (m[1] !== geheel) fouten.push(`in het kort: als geheel ${m[1]}, de tabel: ${geheelRij?.[1]}`);
    for (const m of proza.matchAll(new RegExp(`Als geheel (${OPVATTING_RE})\\b(?:(?!\\. [A-Z]).)*?\\((${ZEKERHEID_RE})`, 'g'))) {
        if (!geheel?.startsWith(m[1] === 'government' ? 'klassieke' : m[1])) fouten.push(`als geheel ${m[1]} in de tekst, ${geheelRij?.[1]} in de tabel`);
        if (m[2] !== geheelRij?.[2]) fouten.push(`de opvatting als geheel is in de tekst ${m[2]}, in de tabel ${geheelRij?.[2]}`);
    }

    // The conception and the type per phase.
    const cyclus = tabelMet(blokken, ['fase', 'opvatting', 'governancetype']);
    if (!cyclus) return [...fouten, 'geen tabel van de beleidscyclus (fase | opvatting | governancetype …)'];
    const perFase = new Map(cyclus.map(r => [r[0].replace(/^\d+\.\s*/, ''), { opvatting: r[1], type: r[2] }]));
    const fasenIn = (t: string) => [...t.matchAll(new RegExp(`\\b(${FASE_RE})\\b`, 'g'))].map(m => m[1]);
    const genoemd = new Set<string>();
    for (const m of proza.matchAll(new RegExp(`In ((?:de (?:${FASE_RE})(?:, | en )?)+)(?:, samen[^,]*,)? (?:is er|overheerst) (?:weer )?(${OPVATTING_RE}) \\((${ZEKERHEID_RE})`, 'g'))) {
        const woord = m[2] === 'klassieke overheidssturing' ? 'government' : m[2];
        for (const fase of fasenIn(m[1])) {
            genoemd.add(fase);
            const cel = perFase.get(fase)?.opvatting;
            if (cel !== `${woord} (${m[3]})`) fouten.push(`in ${fase}: de tekst zegt ${woord} (${m[3]}), de tabel ${cel}`);
        }
    }
    for (const m of proza.matchAll(new RegExp(`In ((?:de (?:${FASE_RE})(?:, | en )?)+)(?:, samen[^,]*,)? wijzen de kenmerken verschillende kanten op \\((${ZEKERHEID_RE})`, 'g'))) {
        for (const fase of fasenIn(m[1])) {
            genoemd.add(fase);
            const cel = perFase.get(fase)?.opvatting;
            if (cel !== `mengvorm (${m[2]})`) fouten.push(`in ${fase}: de tekst zegt een mengvorm (${m[2]}), de tabel ${cel}`);
        }
    }
    for (const [fase, cel] of perFase) {
        if (/\((stevig|redelijk|zwak) onderbouwd\)$/.test(cel.opvatting) && !genoemd.has(fase)) fouten.push(`de tabel geeft ${fase} een opvatting (${cel.opvatting}), de tekst niet`);
    }
    const perFaseType = /Per fase: ([^.]*)\./.exec(proza);
    if (perFaseType) {
        for (const deel of perFaseType[1].split('; ')) {
            const t = begintMet(deel.replace(new RegExp(`^in (?:de (?:${FASE_RE})(?:, | en )?)+`), '').trim(), TYPE_LABELS);
            for (const fase of fasenIn(deel)) if (!t || !perFase.get(fase)?.type.startsWith(t)) fouten.push(`in ${fase}: de tekst zegt type ${t}, de tabel ${perFase.get(fase)?.type}`);
        }
    }

    // The regierol.
    const regieRij = rij('Regierol');
    const regierol = regieRij?.[1].replace(/ \(.*$|, .*$/, '');
    const regieZekerheid = regieRij && begintMet(regieRij[2], ZEKERHEID);
    for (const m of proza.matchAll(/(?:in de regie is de gemeente|Zo is zij) een ([^(.;,]+?)(?: \(|[.;,])/g)) {
        if (m[1] !== regierol) fouten.push(`de tekst noemt regierol ${m[1]}, de tabel ${regieRij?.[1]}`);
    }
    for (const m of proza.matchAll(new RegExp(`Zo is zij een [^(]*\\((?:[^;)]*; )?(${ZEKERHEID_RE})\\)`, 'g'))) if (m[1] !== regieZekerheid) fouten.push(`de regierol is in de tekst ${m[1]}, in de tabel ${regieZekerheid}`);
    for (const m of proza.matchAll(/wil (?:een )?([a-z /]+?) (?:zijn|worden)[^.]*\./g)) {
        if (regierol && m[1] === regierol && !/\bal\b/.test(m[0])) fouten.push(`de tekst zegt dat de gemeente ${m[1]} wil worden, de tabel dat zij dat is: ${m[0]}`);
    }
    return fouten;
}
