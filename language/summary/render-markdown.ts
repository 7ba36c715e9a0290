import { BRONNEN } from '../framework/sources.js';
import { mdEsc } from './escape.js';
import type { GemeenteSamenvatting, Samenvatting, VergelijkingsRij } from './summary-types.js';

const OPVATTING = { government: 'government', npm: 'NPM', governance: 'governance' } as const;

/** The summary as Markdown: tables and text only, nothing embedded or remote. */
export function samenvattingAlsMarkdown(s: Samenvatting): string {
    const delen = [`# Sturingsprofiel — ${mdEsc(s.bestand)}`, ''];
    if (s.gemeenten.length === 0) delen.push('Dit bestand beschrijft nog geen gemeente.', '');
    for (const g of s.gemeenten) delen.push(gemeente(g));
    if (s.overigeBevindingen.length) {
        delen.push('## Overige bevindingen', '', ...s.overigeBevindingen.map(b => `- **${b.ernst}** r. ${b.bereik.start.line + 1}: ${mdEsc(b.bericht)}${b.code ? ` \`[${b.code}]\`` : ''}`), '');
    }
    delen.push('---', '', `Bronnen: R1 — ${mdEsc(BRONNEN.R1)}; R2 — ${mdEsc(BRONNEN.R2)}.`, '');
    return delen.join('\n');
}

function gemeente(g: GemeenteSamenvatting): string {
    const r: string[] = [`## Gemeente ${mdEsc(g.naam)}`, ''];
    const meta = [g.periode ? `periode ${mdEsc(g.periode)}` : '', g.probleem ? `probleem ${mdEsc(g.probleem)}` : ''].filter(Boolean).join(' · ');
    if (meta) r.push(`_${meta}_`, '');
    if (g.toelichting) r.push(mdEsc(g.toelichting), '');
    r.push(
        `- **Governancetype:** ${mdEsc(g.typeZin)}${g.gedeclareerd ? ` (zelf opgegeven: ${mdEsc(g.gedeclareerd)})` : ''}`,
        `- **Onderbouwing:** ${mdEsc(g.onderbouwing)}`,
        `- **Sturingsopvatting:** ${mdEsc(g.opvattingZin)}`,
        `- **Regierol:** ${mdEsc(g.regieZin)}`,
        `- **Sturing op:** ${mdEsc(g.niveauZin)}`,
        `- **Beleidscyclus:** ${mdEsc(g.cyclusZin)}`,
        ...(g.ambitieType ? [`- **Ambitie:** ${mdEsc(g.ambitieType)}`] : []),
        ...(g.waarom.length ? ['', '**Waarom:**', '', ...g.waarom.map(w => `- ${mdEsc(w)}`)] : []),
        '', '### Profiel (naar R1 fig. 5)', '',
        '| ingrediënt | wat er staat | wijst vooral op |', '|---|---|---|',
        ...g.profiel.map(p => `| ${mdEsc(p.ingredient)} | ${mdEsc(p.geschreven)} | ${mdEsc(p.richting)} |`),
        '', '### Beleidscyclus (R1 §2.4)', '',
        '| fase | opvatting | gemeente | partijen |', '|---|---|---|---|',
        ...g.cyclus.map(f => `| ${f.nummer}. ${f.fase} | ${f.aanwezig ? (f.opvatting ? OPVATTING[f.opvatting] : 'onbepaald') : '**ontbreekt**'} | ${mdEsc(f.rollen.join(', ') || '—')} | ${mdEsc(f.partijen.join('; ') || '—')} |`),
        '', '### Governancetype per fase (R1 §2.2)', '',
        '| fase | governancetype | onderbouwing |', '|---|---|---|',
        ...g.typePerFase.map(f => `| ${f.fase} | ${mdEsc(f.type)} | ${mdEsc(f.onderbouwing)} |`),
        '', '### Regie (R1 §2.3 fig. 3)', '',
        g.regierollen.map(x => `${mdEsc(x.label)}: ${x.aantal}`).join(' · '), '',
        '| categorie | bepalende regisseur | coproducent | facilitator |', '|---|---|---|---|',
        ...g.regie.map(x => `| ${mdEsc(x.label)} | ${x.cellen.map(c => c.gekozen ? `**✓ ${mdEsc(c.tekst)}**` : mdEsc(c.tekst)).join(' | ')} |`),
        '', '### Sturingsniveau (R1 §2.5)', '',
        '| niveau | | fasen |', '|---|---|---|',
        ...g.ladder.map(t => `| ${t.niveau} | ${[t.huidig ? '**nu**' : '', t.ambitie ? '**ambitie**' : ''].filter(Boolean).join(' + ')} | ${t.fasen.join(', ')} |`)
    );
    if (g.partijen.length) {
        r.push('', '### Partijen', '', '| naam | soort | volledige naam | sector |', '|---|---|---|---|',
            ...g.partijen.map(x => `| ${mdEsc(x.naam)} | ${x.soort} | ${mdEsc(x.titel ?? '')} | ${x.sector ?? ''} |`));
    }
    if (g.teams.length) {
        r.push('', '### Teams', '');
        for (const t of g.teams) {
            r.push(`#### ${mdEsc(t.naam)}${t.titel ? ` — ${mdEsc(t.titel)}` : ''}`, '');
            if (t.toelichting) r.push(mdEsc(t.toelichting), '');
            r.push(`- Kenmerken: ${mdEsc(t.kenmerken.join(', ') || 'geen')}`, `- Leden: ${mdEsc(t.leden.join(', ') || 'geen')}`);
            for (const d of t.doelen) r.push(`- Doel: ${mdEsc(d.omschrijving)}${d.indicatoren.length ? ` — indicator: ${mdEsc(d.indicatoren.join('; '))}` : ' _(geen indicator)_'}`);
            r.push('');
        }
    }
    r.push('', '### Bevindingen', '');
    r.push(...(g.bevindingen.length ? g.bevindingen.map(b => `- **${b.ernst}** r. ${b.bereik.start.line + 1}: ${mdEsc(b.bericht)}${b.code ? ` \`[${b.code}]\`` : ''}`) : ['Geen bevindingen.']));
    r.push('');
    return r.join('\n');
}

export function vergelijkingAlsMarkdown(rijen: VergelijkingsRij[]): string {
    return ['# Vergelijking van gemeenten', '',
        '| gemeente | verantwoordelijkheid | rol gemeente | kennisbron | burgerparticipatie | sturing op | governancetype | opvatting | bevindingen |',
        '|---|---|---|---|---|---|---|---|---:|',
        ...rijen.map(r => `| ${[r.gemeente, r.verantwoordelijkheid, r.rol, r.kennisbron, r.participatie, r.sturingOp, r.governancetype, r.opvatting].map(mdEsc).join(' | ')} | ${r.bevindingen.fout + r.bevindingen.waarschuwing + r.bevindingen.info + r.bevindingen.hint} |`),
        ''].join('\n');
}
