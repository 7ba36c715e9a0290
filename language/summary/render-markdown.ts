import { mdEsc } from './escape.js';
import {
    bijlageUitleg, colofon, cyclusTabel, datumInWoorden, KOPPEN, nootTekst, ontwikkelingsTabel, overzichtsTabel, superschrift, VERGELIJKING_KOLOMMEN, type Tabel
} from './render-tabellen.js';
import type { AanbevelingPunt, Bevinding, GemeenteSamenvatting, Samenvatting, Tekst, VergelijkingsRij } from './summary-types.js';

/** A paragraph of the note: its notes as superscript digits, which paste into any document. */
function tekst(t: Tekst): string {
    return t.map(d => `${mdEsc(d.tekst)}${d.noot ? superschrift(d.noot) : ''}`).join('').trim();
}

function tabel(t: Tabel): string[] {
    return [`| ${t.koppen.map(mdEsc).join(' | ')} |`, `|${t.koppen.map(() => '---').join('|')}|`, ...t.rijen.map(r => `| ${r.map(mdEsc).join(' | ')} |`)];
}

function aanbeveling(a: AanbevelingPunt): string {
    return `${mdEsc(a.tekst.replace(/\.$/, ''))} (${mdEsc(a.bron)}).${superschrift(a.noot)}`;
}

function bevindingenTabel(lijst: readonly Bevinding[]): string[] {
    return tabel({ koppen: ['regel', 'ernst', 'bevinding', 'code'], rijen: lijst.map(b => [`r. ${b.bereik.start.line + 1}`, b.ernst, b.bericht, b.code ?? '']) });
}

/**
 * The summary as Markdown, a note for a wethouder: the title names the gemeente and its period, "In het
 * kort" comes first, line numbers and rule codes only in the appendix, the file in the colophon. Tables
 * and text only, nothing embedded or remote.
 */
export function samenvattingAlsMarkdown(s: Samenvatting): string {
    const meer = s.gemeenten.length > 1;
    const delen = [`# ${mdEsc(s.titel)}`, '', `_${datumInWoorden(s.datum)}_`, ''];
    if (s.gemeenten.length === 0) delen.push('Dit ontwerp beschrijft nog geen gemeente.', '');
    for (const g of s.gemeenten) delen.push(gemeente(g, s, meer ? 1 : 0));
    if (s.overigeBevindingen.length) delen.push(`## ${KOPPEN.overigeBevindingen}`, '', ...bevindingenTabel(s.overigeBevindingen), '');
    delen.push('---', '', `_${mdEsc(colofon(s, datumInWoorden(s.datum)))}_`, '');
    return delen.join('\n');
}

function gemeente(g: GemeenteSamenvatting, s: Samenvatting, diepte: number): string {
    const h = (n: number) => '#'.repeat(n + diepte);
    const r: string[] = [];
    if (diepte) r.push(`## ${mdEsc(g.titel)}`, '');
    if (g.voorlopig) r.push('**Voorlopig:** het ontwerp bevat fouten. Wat niet gelezen kon worden, telt nog niet mee.', '');
    r.push(`${h(2)} ${KOPPEN.kort}`, '', tekst(g.kort.typering), '');
    if (g.kort.aanbevelingen.length) r.push(KOPPEN.belangrijkste, '', ...g.kort.aanbevelingen.map((a, i) => `${i + 1}. ${aanbeveling(a)}`), '');
    const t = g.typering;
    r.push(`${h(2)} ${KOPPEN.typering}`, '');
    if (g.toelichting) r.push(mdEsc(g.toelichting), '');
    r.push(...tabel({ koppen: ['onderdeel', 'beschrijving'], rijen: t.tabel.map(x => [x.onderdeel, x.beschrijving]) }), '',
        `${h(3)} ${KOPPEN.opvatting}`, '',
        ...(t.fasen.length ? t.fasen.flatMap(f => [tekst(f.tekst), '']) : ['Er zijn nog geen fasen beschreven.', '']),
        `${h(3)} ${KOPPEN.type}`, '', tekst(t.type), '',
        `${h(3)} ${KOPPEN.regie}`, '', tekst(t.regie), '');
    if (t.ambitie) r.push(`${h(2)} ${KOPPEN.ambitie}`, '', tekst(t.ambitie), '');
    if (g.ontwikkeling) r.push(`${h(2)} ${KOPPEN.ontwikkeling}`, '', mdEsc(g.ontwikkeling.zin), '', ...tabel(ontwikkelingsTabel(g.ontwikkeling)), '');
    if (g.aanbevelingen.length) {
        r.push(`${h(2)} ${KOPPEN.overige}`, '');
        for (const thema of g.aanbevelingen) r.push(`${h(3)} ${mdEsc(thema.thema)}`, '', ...thema.punten.map(a => `- ${aanbeveling(a)}`), '');
    }
    r.push(`${h(2)} ${KOPPEN.details}`, '',
        `${h(3)} ${KOPPEN.overzicht}`, '', ...tabel(overzichtsTabel(g)), '',
        `${h(3)} ${KOPPEN.profiel}`, '', ...tabel({ koppen: ['ingrediënt', 'wat er staat', 'wijst vooral op'], rijen: g.profiel.map(p => [p.ingredient, p.geschreven, p.richting]) }), '',
        `${h(3)} ${KOPPEN.cyclus}`, '', ...tabel(cyclusTabel(g.cyclus)), '',
        `${h(3)} ${KOPPEN.regiemodel}`, '', g.regierollen.map(x => `${mdEsc(x.label)}: ${x.aantal}`).join(' · '), '',
        '| categorie | bepalende regisseur | coproducent | facilitator |', '|---|---|---|---|',
        ...g.regie.map(x => `| ${mdEsc(x.label)}${x.keuze ? '' : ' (niet ingevuld)'} | ${x.cellen.map(c => c.gekozen ? `**✓ ${mdEsc(c.tekst)}**` : mdEsc(c.tekst)).join(' | ')} |`), '',
        `${h(3)} ${KOPPEN.niveau}`, '',
        '| niveau | nu of ambitie | fasen | wat het betekent |', '|---|---|---|---|',
        ...g.ladder.map(x => `| ${x.niveau} | ${[x.huidig ? '**nu**' : '', x.ambitie ? '**ambitie**' : ''].filter(Boolean).join(' + ')} | ${x.fasen.join(', ')} | ${mdEsc(x.uitleg)} |`), '');
    if (g.partijen.length) {
        r.push(`${h(3)} ${KOPPEN.partijen}`, '', ...tabel({ koppen: ['naam', 'in het ontwerp', 'soort', 'sector'], rijen: g.partijen.map(x => [x.titel ?? x.naam, x.naam, x.soort, x.sector ?? '']) }), '');
    }
    if (g.teams.length) {
        r.push(`${h(3)} ${KOPPEN.teams}`, '');
        for (const team of g.teams) {
            r.push(`${h(4)} ${mdEsc(team.naam)}${team.titel ? ` — ${mdEsc(team.titel)}` : ''}`, '');
            if (team.toelichting) r.push(mdEsc(team.toelichting), '');
            r.push(`- Kenmerken: ${mdEsc(team.kenmerken.join(', ') || 'geen')}`, `- Leden: ${mdEsc(team.leden.join(', ') || 'geen')}`);
            for (const d of team.doelen) r.push(`- Doel: ${mdEsc(d.omschrijving)}${d.indicatoren.length ? ` — indicator: ${mdEsc(d.indicatoren.join('; '))}` : ' (geen indicator)'}`);
            r.push('');
        }
    }
    r.push(`${h(2)} ${KOPPEN.bijlage}`, '', mdEsc(bijlageUitleg(s)), '');
    if (g.noten.length) r.push(...g.noten.map(n => `${n.nummer}. ${mdEsc(nootTekst(n))}`), '');
    r.push(`${h(3)} ${KOPPEN.bevindingen}`, '', ...(g.bevindingen.length ? bevindingenTabel(g.bevindingen) : ['Geen bevindingen.']), '');
    return r.join('\n');
}

export function vergelijkingAlsMarkdown(rijen: VergelijkingsRij[]): string {
    return ['# Vergelijking van gemeenten', '',
        `| ${VERGELIJKING_KOLOMMEN.map(k => k.kop).join(' | ')} |`,
        `|${VERGELIJKING_KOLOMMEN.map(k => k.kop === 'bevindingen' ? '---:' : '---').join('|')}|`,
        ...rijen.map(r => `| ${VERGELIJKING_KOLOMMEN.map(k => mdEsc(k.cel(r))).join(' | ')} |`),
        ''].join('\n');
}
