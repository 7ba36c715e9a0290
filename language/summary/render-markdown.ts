import { BRONNEN } from '../framework/sources.js';
import { mdEsc } from './escape.js';
import { regelsZin } from '../presentation/profile-text.js';
import { ontwikkelingsTabel, VERGELIJKING_KOLOMMEN } from './render-tabellen.js';
import type { GemeenteSamenvatting, Samenvatting, VergelijkingsRij } from './summary-types.js';

const OPVATTING = { government: 'government', npm: 'NPM', governance: 'governance' } as const;

/** The summary as Markdown: tables and text only, nothing embedded or remote. */
export function samenvattingAlsMarkdown(s: Samenvatting): string {
    const delen = [`# Sturingsprofiel — ${mdEsc(s.bestand)}`, '', `_${s.gemeenten.length === 1 ? '1 gemeente' : `${s.gemeenten.length} gemeenten`} · ${s.datum}_`, ''];
    if (s.gemeenten.length === 0) delen.push('Dit bestand beschrijft nog geen gemeente.', '');
    for (const g of s.gemeenten) delen.push(gemeente(g, s));
    if (s.overigeBevindingen.length) {
        delen.push('## Overige bevindingen', '', ...s.overigeBevindingen.map(b => `- **${b.ernst}** r. ${b.bereik.start.line + 1}: ${mdEsc(b.bericht)}${b.code ? ` \`[${b.code}]\`` : ''}`), '');
    }
    delen.push('---', '', `Bronnen: R1 — ${mdEsc(BRONNEN.R1)}; R2 — ${mdEsc(BRONNEN.R2)}.`, '');
    return delen.join('\n');
}

function gemeente(g: GemeenteSamenvatting, s: Samenvatting): string {
    const r: string[] = [`## Gemeente ${mdEsc(g.naam)}`, ''];
    const meta = [g.periode ? `periode ${mdEsc(g.periode)}` : '', g.probleem ? `probleem ${mdEsc(g.probleem)}` : '', `bronbestand ${mdEsc(s.bestand)}`, `datum ${s.datum}`].filter(Boolean).join(' · ');
    r.push(`_${meta}_`, '');
    if (g.voorlopig) r.push('**Voorlopig:** het bestand bevat fouten. Wat niet gelezen kon worden, telt nog niet mee.', '');
    if (g.toelichting) r.push(mdEsc(g.toelichting), '');
    const t = g.typering;
    r.push('### Typering van de sturing', '', '| onderdeel | beschrijving |', '|---|---|',
        ...t.tabel.map(x => `| ${mdEsc(x.onderdeel)} | ${mdEsc(x.beschrijving)} |`), '',
        '#### Government, NPM of governance?', '',
        ...(t.fasen.length ? t.fasen.flatMap(f => [mdEsc(f.tekst), '']) : ['Er zijn nog geen fasen beschreven.', '']),
        '#### Governancetype', '', mdEsc(t.type), '',
        '#### Regie', '', mdEsc(t.regie), '');
    if (t.ambitie) r.push('### Ambitie en nu', '', mdEsc(t.ambitie), '');
    if (g.ontwikkeling) {
        const o = ontwikkelingsTabel(g.ontwikkeling);
        r.push('### Ontwikkeling', '', mdEsc(g.ontwikkeling.zin), '', `| ${o.koppen.map(mdEsc).join(' | ')} |`, `|${o.koppen.map(() => '---').join('|')}|`,
            ...o.rijen.map(rij => `| ${rij.map(mdEsc).join(' | ')} |`), '');
    }
    r.push('### Aandachtspunten en aanbevelingen', '');
    if (g.aanbevelingen.length === 0) r.push('Sturing ziet in dit ontwerp geen punten die om een aanbeveling vragen.', '');
    for (const thema of g.aanbevelingen) {
        r.push(`#### ${mdEsc(thema.thema)}`, '', ...thema.punten.map(a => `- ${mdEsc(a.tekst)} _Bron: ${mdEsc(a.bron)}. Naar aanleiding van ${regelsZin(a.naarAanleidingVan.map(x => x.regel))}._`), '');
    }
    r.push('### Details', '',
        `- **Governancetype:** ${mdEsc(g.typeZin)}${g.gedeclareerd ? ` (zelf opgegeven: ${mdEsc(g.gedeclareerd)})` : ''}`,
        `- **Onderbouwing:** ${mdEsc(g.onderbouwing)}`,
        `- **Sturingsopvatting:** ${mdEsc(g.opvattingZin)}`,
        `- **Regierol:** ${mdEsc(g.regieZin)}`,
        `- **Sturing op:** ${mdEsc(g.niveauZin)}`,
        `- **Beleidscyclus:** ${mdEsc(g.cyclusZin)}`,
        ...(g.ambitieType ? [`- **Ambitie:** ${mdEsc(g.ambitieType)}`] : []),
        ...(g.waarom.length ? ['', '**Waarom dit type:**', '', ...g.waarom.map(w => `- ${mdEsc(w)}`)] : []),
        '', '#### Profiel (naar R1 fig. 5)', '',
        '| ingrediënt | wat er staat | wijst vooral op |', '|---|---|---|',
        ...g.profiel.map(p => `| ${mdEsc(p.ingredient)} | ${mdEsc(p.geschreven)} | ${mdEsc(p.richting)} |`),
        '', '#### Beleidscyclus (R1 §2.4)', '',
        '| fase | opvatting | gemeente | partijen |', '|---|---|---|---|',
        ...g.cyclus.map(f => `| ${f.nummer}. ${f.fase} | ${f.aanwezig ? (f.opvatting ? OPVATTING[f.opvatting] : 'onbepaald') : '**ontbreekt**'} | ${mdEsc(f.rollen.join(', ') || '—')} | ${mdEsc(f.partijen.join('; ') || '—')} |`),
        '', '#### Governancetype per fase (R1 §2.2)', '',
        '| fase | governancetype | onderbouwing |', '|---|---|---|',
        ...g.typePerFase.map(f => `| ${f.fase} | ${mdEsc(f.type)} | ${mdEsc(f.onderbouwing)} |`),
        '', '#### Regie (R1 §2.3 fig. 3)', '',
        g.regierollen.map(x => `${mdEsc(x.label)}: ${x.aantal}`).join(' · '), '',
        '| categorie | bepalende regisseur | coproducent | facilitator |', '|---|---|---|---|',
        ...g.regie.map(x => `| ${mdEsc(x.label)} | ${x.cellen.map(c => c.gekozen ? `**✓ ${mdEsc(c.tekst)}**` : mdEsc(c.tekst)).join(' | ')} |`),
        '', '#### Sturingsniveau (R1 §2.5)', '',
        '| niveau | | fasen |', '|---|---|---|',
        ...g.ladder.map(t => `| ${t.niveau} | ${[t.huidig ? '**nu**' : '', t.ambitie ? '**ambitie**' : ''].filter(Boolean).join(' + ')} | ${t.fasen.join(', ')} |`)
    );
    if (g.partijen.length) {
        r.push('', '#### Partijen', '', '| naam | soort | volledige naam | sector |', '|---|---|---|---|',
            ...g.partijen.map(x => `| ${mdEsc(x.naam)} | ${x.soort} | ${mdEsc(x.titel ?? '')} | ${x.sector ?? ''} |`));
    }
    if (g.teams.length) {
        r.push('', '#### Teams', '');
        for (const team of g.teams) {
            r.push(`##### ${mdEsc(team.naam)}${team.titel ? ` — ${mdEsc(team.titel)}` : ''}`, '');
            if (team.toelichting) r.push(mdEsc(team.toelichting), '');
            r.push(`- Kenmerken: ${mdEsc(team.kenmerken.join(', ') || 'geen')}`, `- Leden: ${mdEsc(team.leden.join(', ') || 'geen')}`);
            for (const d of team.doelen) r.push(`- Doel: ${mdEsc(d.omschrijving)}${d.indicatoren.length ? ` — indicator: ${mdEsc(d.indicatoren.join('; '))}` : ' _(geen indicator)_'}`);
            r.push('');
        }
    }
    r.push('', '### Bijlage: alle bevindingen', '');
    r.push(...(g.bevindingen.length ? g.bevindingen.map(b => `- **${b.ernst}** r. ${b.bereik.start.line + 1}: ${mdEsc(b.bericht)}${b.code ? ` \`[${b.code}]\`` : ''}`) : ['Geen bevindingen.']));
    r.push('');
    return r.join('\n');
}

export function vergelijkingAlsMarkdown(rijen: VergelijkingsRij[]): string {
    return ['# Vergelijking van gemeenten', '',
        `| ${VERGELIJKING_KOLOMMEN.map(k => k.kop).join(' | ')} |`,
        `|${VERGELIJKING_KOLOMMEN.map(k => k.kop === 'bevindingen' ? '---:' : '---').join('|')}|`,
        ...rijen.map(r => `| ${VERGELIJKING_KOLOMMEN.map(k => mdEsc(k.cel(r))).join(' | ')} |`),
        ''].join('\n');
}
