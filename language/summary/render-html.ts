import type { Opvatting } from '../framework/conception-model.js';
import { esc } from './escape.js';
import { paginaKop } from './render-style.js';
import {
    aantalBevindingen, bijlageUitleg, colofon, cyclusTabel, datumInWoorden, KOPPEN, nootTekst, ontwikkelingsTabel, overzichtsTabel, telling, type Tabel
} from './render-tabellen.js';
import type { AanbevelingPunt, Bevinding, CyclusFase, GemeenteSamenvatting, NiveauTrede, Ontwikkeling, Samenvatting, Tekst, VergelijkingsRij } from './summary-types.js';

export interface HtmlOpties {
    /** `export`: a self-contained printable file, no script. `webview`: the VS Code preview. */
    modus: 'export' | 'webview';
    /** For the webview: the nonce of the one <style> and <script> element. */
    nonce?: string;
    /** For the webview: the webview's CSP source (`webview.cspSource`). */
    cspBron?: string;
}

const OPVATTING_LABEL: Record<Opvatting, string> = { government: 'government', npm: 'NPM', governance: 'governance' };

/** The whole page for one document's summary. */
export function samenvattingAlsHtml(s: Samenvatting, opties: HtmlOpties): string {
    return pagina(s.titel, samenvattingInhoud(s, opties), opties);
}

/** The part of the page that changes when the document changes (the preview swaps only this). */
export function samenvattingInhoud(s: Samenvatting, opties: HtmlOpties): string {
    const knoppen = opties.modus === 'webview'
        ? '<span class="knoppen"><button type="button" id="exporteer" title="Schrijf de samenvatting als HTML-bestand naast het .sturing-bestand">Exporteer</button> <button type="button" id="exporteer-word" title="Schrijf de samenvatting als Word-document naast het .sturing-bestand">Exporteer als Word</button></span>'
        : '';
    const meer = s.gemeenten.length > 1;
    const delen = [
        `<header class="titelblok"><div class="kop"><h1>${esc(s.titel)}</h1>${knoppen}</div>`,
        `<p class="zacht">${esc(datumInWoorden(s.datum))}</p></header>`
    ];
    if (s.gemeenten.length === 0) delen.push('<p>Dit ontwerp beschrijft nog geen gemeente. Begin met <code>gemeente Naam { … }</code>.</p>');
    delen.push(...s.gemeenten.map(g => gemeente(g, s, meer ? 1 : 0)));
    if (s.overigeBevindingen.length) delen.push(`<h2>${KOPPEN.overigeBevindingen}</h2>`, bevindingen(s.overigeBevindingen));
    delen.push(`<footer class="colofon"><p>${esc(colofon(s, datumInWoorden(s.datum)))}</p></footer>`);
    return delen.join('\n');
}

/** A paragraph of the note; each note a superscript link to its line in the appendix. */
function tekst(t: Tekst, g: GemeenteSamenvatting): string {
    return t.map(d => `${esc(d.tekst)}${d.noot ? nootLink(d.noot, g) : ''}`).join('').trim();
}

function nootLink(n: number, g: GemeenteSamenvatting): string {
    return `<sup class="noot"><a href="#noot-${esc(g.naam)}-${n}" title="Waar staat het in het ontwerp: noot ${n}">${n}</a></sup>`;
}

function aanbeveling(a: AanbevelingPunt, g: GemeenteSamenvatting): string {
    return `${esc(a.tekst.replace(/\.$/, ''))} <span class="zacht">(${esc(a.bron)})</span>.${nootLink(a.noot, g)}`;
}

function tabel(t: Tabel, klasse: string, rijKop = false): string {
    return `<table class="${klasse}"><thead><tr>${t.koppen.map(k => `<th scope="col">${esc(k)}</th>`).join('')}</tr></thead><tbody>
${t.rijen.map(r => `<tr>${r.map((c, i) => rijKop && i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

function gemeente(g: GemeenteSamenvatting, s: Samenvatting, diepte: number): string {
    const h = (n: number, inhoud: string) => `<h${n + diepte}>${inhoud}</h${n + diepte}>`;
    const t = g.typering;
    const delen: string[] = [`<section class="gemeente" id="gemeente-${esc(g.naam)}" data-gemeente="${esc(g.naam)}">`];
    if (diepte) delen.push(`<h2>${esc(g.titel)}</h2>`);
    if (g.voorlopig) delen.push('<p class="let-op">Voorlopig: het ontwerp bevat fouten. Wat niet gelezen kon worden, telt nog niet mee.</p>');
    delen.push(`<div class="kort">${h(2, KOPPEN.kort)}`, `<p>${tekst(g.kort.typering, g)}</p>`);
    if (g.kort.aanbevelingen.length) delen.push(`<p>${KOPPEN.belangrijkste}</p>`, `<ol class="aanbevelingen">${g.kort.aanbevelingen.map(a => `<li>${aanbeveling(a, g)}</li>`).join('')}</ol>`);
    delen.push('</div>', h(2, KOPPEN.typering));
    if (g.toelichting) delen.push(`<p>${esc(g.toelichting)}</p>`);
    delen.push(`<table class="samenvatting"><tbody>
${t.tabel.map(r => `<tr><th scope="row">${esc(r.onderdeel)}</th><td>${esc(r.beschrijving)}</td></tr>`).join('\n')}
</tbody></table>`,
        h(3, KOPPEN.opvatting),
        t.fasen.length ? t.fasen.map(f => `<p>${tekst(f.tekst, g)}</p>`).join('\n') : '<p>Er zijn nog geen fasen beschreven.</p>',
        h(3, KOPPEN.type), `<p>${tekst(t.type, g)}</p>`,
        h(3, KOPPEN.regie), `<p>${tekst(t.regie, g)}</p>`);
    if (t.ambitie) delen.push(h(2, KOPPEN.ambitie), `<p>${tekst(t.ambitie, g)}</p>`);
    if (g.ontwikkeling) delen.push(ontwikkeling(g.ontwikkeling, diepte));
    if (g.aanbevelingen.length) {
        delen.push(h(2, KOPPEN.overige), ...g.aanbevelingen.map(x => `${h(3, esc(x.thema))}\n<ul class="aanbevelingen">${x.punten.map(a => `<li>${aanbeveling(a, g)}</li>`).join('')}</ul>`));
    }
    delen.push(h(2, KOPPEN.details),
        h(3, KOPPEN.overzicht), tabel(overzichtsTabel(g), 'overzicht', true),
        h(3, KOPPEN.profiel), tabel({ koppen: ['ingrediënt', 'wat er staat', 'wijst vooral op'], rijen: g.profiel.map(r => [r.ingredient, r.geschreven, r.richting]) }, 'profiel'),
        h(3, KOPPEN.cyclus), cyclusSvg(g.cyclus),
        '<p class="legenda"><span class="o-government">■ government</span><span class="o-npm">■ NPM</span><span class="o-governance">■ governance</span><span>┅ ontbreekt</span></p>',
        tabel(cyclusTabel(g.cyclus), 'cyclus', true),
        h(3, KOPPEN.regiemodel), `<p>${g.regierollen.map(r => `${esc(r.label)}: ${r.aantal}`).join(' · ')}</p>`,
        `<table class="regie"><thead><tr><th>categorie</th><th>bepalende regisseur</th><th>coproducent</th><th>facilitator</th></tr></thead><tbody>
${g.regie.map(r => `<tr><td>${esc(r.label)}${r.keuze ? '' : ' <span class="zacht">(niet ingevuld)</span>'}</td>${r.cellen.map(c => `<td${c.gekozen ? ' class="gekozen"' : ''}>${esc(c.tekst)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`,
        h(3, KOPPEN.niveau), ladderSvg(g.ladder));
    if (g.partijen.length) delen.push(h(3, KOPPEN.partijen), tabel({ koppen: ['naam', 'in het ontwerp', 'soort', 'sector'], rijen: g.partijen.map(x => [x.titel ?? x.naam, x.naam, x.soort, x.sector ?? '']) }, 'partijen'));
    if (g.teams.length) {
        delen.push(h(3, KOPPEN.teams), `<div class="raster">${g.teams.map(t => `<div class="kaart"><p class="kaartkop">${esc(t.naam)}${t.titel ? ` — ${esc(t.titel)}` : ''}</p>${t.toelichting ? `<p>${esc(t.toelichting)}</p>` : ''}<p class="zacht">${esc(t.kenmerken.join(' · ') || 'geen kenmerken opgegeven')}</p><p>Leden: ${esc(t.leden.join(', ') || 'geen')}</p><ul>${t.doelen.map(d => `<li>${esc(d.omschrijving)}${d.indicatoren.length ? `<ul>${d.indicatoren.map(i => `<li>${esc(i)}</li>`).join('')}</ul>` : ' <span class="zacht">(geen indicator)</span>'}</li>`).join('') || '<li class="zacht">geen doel</li>'}</ul></div>`).join('\n')}</div>`);
    }
    delen.push(`<div class="bijlage">${h(2, KOPPEN.bijlage)}`, `<p class="zacht">${esc(bijlageUitleg(s))}</p>`);
    if (g.noten.length) delen.push(`<ol class="noten">${g.noten.map(n => `<li id="noot-${esc(g.naam)}-${n.nummer}" value="${n.nummer}">${esc(nootTekst(n))}</li>`).join('\n')}</ol>`);
    delen.push(h(3, KOPPEN.bevindingen), bevindingen(g.bevindingen), '</div>', '</section>');
    return delen.filter(Boolean).join('\n');
}

/** The periods of this gemeente side by side, with what moved. */
function ontwikkeling(o: Ontwikkeling, diepte: number): string {
    const t = ontwikkelingsTabel(o);
    return `<h${2 + diepte}>${KOPPEN.ontwikkeling}</h${2 + diepte}>
<p>${esc(o.zin)}</p>
<table class="ontwikkeling"><thead><tr>${t.koppen.map((k, i) => `<th scope="col"${o.perioden[i - 1]?.dezePeriode ? ' class="deze"' : ''}>${esc(k)}</th>`).join('')}</tr></thead><tbody>
${t.rijen.map(([kop, ...cellen]) => `<tr><th scope="row">${esc(kop)}</th>${cellen.map(c => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

function bevindingen(lijst: Bevinding[]): string {
    if (lijst.length === 0) return '<p class="zacht">Geen bevindingen.</p>';
    return `<ul class="bevindingen">${lijst.map(b => `<li class="${b.ernst}" tabindex="0" data-lijn="${b.bereik.start.line}" data-kolom="${b.bereik.start.character}" data-eindlijn="${b.bereik.end.line}" data-eindkolom="${b.bereik.end.character}"><span class="ernst">${b.ernst}</span>r. ${b.bereik.start.line + 1}: ${esc(b.bericht)}${b.code ? ` <code>[${esc(b.code)}]</code>` : ''}</li>`).join('\n')}</ul>`;
}

/** The four phases as a cycle: boxes coloured by conception, missing ones dashed. */
function cyclusSvg(fasen: CyclusFase[]): string {
    const b = 250, h = 118, x = [20, 330, 330, 20], y = [20, 20, 200, 200];
    const vakken = fasen.map((f, i) => {
        const klasse = f.aanwezig ? (f.opvatting ? `o-${f.opvatting}` : '') : 'ontbreekt';
        const status = f.aanwezig ? (f.opvatting ? OPVATTING_LABEL[f.opvatting] : 'opvatting onbepaald') : 'ontbreekt';
        const onderschriften = [f.rollen.length ? `gemeente: ${f.rollen.join(', ')}` : (f.aanwezig ? 'geen rol voor de gemeente' : ''), ...f.partijen.slice(0, 3), f.partijen.length > 3 ? `+ ${f.partijen.length - 3} meer` : '']
            .filter(Boolean).map((r, j) => `<text x="${x[i] + 10}" y="${y[i] + 62 + j * 16}" class="klein">${esc(afkap(r, 38))}</text>`).join('');
        return `<g><title>${esc(`Fase ${f.nummer}: ${f.label} — ${status}`)}</title><rect class="vak ${klasse}" x="${x[i]}" y="${y[i]}" width="${b}" height="${h}" rx="8"/>`
            + `<text x="${x[i] + 10}" y="${y[i] + 22}"><tspan font-weight="600">${f.nummer}. ${esc(f.fase)}</tspan></text>`
            + `<text x="${x[i] + 10}" y="${y[i] + 40}" class="klein o-tekst-${f.aanwezig ? (f.opvatting ?? 'x') : 'ontbreekt'}">${esc(status)}</text>${onderschriften}</g>`;
    }).join('');
    const pijlen = [
        `<path class="pijl" d="M${x[0] + b + 4} ${y[0] + h / 2} L${x[1] - 6} ${y[1] + h / 2}"/>`,
        `<path class="pijl" d="M${x[1] + b / 2} ${y[1] + h + 4} L${x[2] + b / 2} ${y[2] - 6}"/>`,
        `<path class="pijl" d="M${x[2] - 4} ${y[2] + h / 2} L${x[3] + b + 6} ${y[3] + h / 2}"/>`,
        `<path class="pijl" d="M${x[3] + b / 2} ${y[3] - 4} L${x[0] + b / 2} ${y[0] + h + 6}"/>`
    ].join('');
    return `<svg class="cyclus" viewBox="0 0 600 340" width="600" height="340" role="img" aria-label="Beleidscyclus met vier fasen"><defs><marker id="pijlpunt" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path class="pijlpunt" d="M0 0 L10 5 L0 10 z"/></marker></defs>${pijlen}${vakken}</svg>`;
}

function ladderSvg(treden: NiveauTrede[]): string {
    const hoogte = 34, breedte = 120;
    const inhoud = treden.map((t, i) => {
        const x = i * (breedte + 16), y = (treden.length - 1 - i) * 18 + 10;
        const klasse = [t.huidig ? 'huidig' : '', t.ambitie ? 'ambitie' : ''].filter(Boolean).join(' ');
        const merk = [t.huidig ? 'nu' : '', t.ambitie ? 'ambitie' : ''].filter(Boolean).join(' + ');
        return `<g><title>${esc(`${t.niveau}: ${t.uitleg}`)}</title><rect class="trede ${klasse}" x="${x}" y="${y}" width="${breedte}" height="${hoogte}" rx="4"/>`
            + `<text x="${x + 10}" y="${y + 22}">${esc(t.niveau)}</text>`
            + (merk ? `<text x="${x + 10}" y="${y + hoogte + 16}" class="klein">${esc(merk)}</text>` : '')
            + (t.fasen.length ? `<text x="${x + 10}" y="${y + hoogte + 30}" class="klein">${esc(t.fasen.join(', '))}</text>` : '') + '</g>';
    }).join('');
    return `<svg class="ladder" viewBox="0 0 560 ${treden.length * 18 + 90}" width="560" height="${treden.length * 18 + 90}" role="img" aria-label="Sturingsniveau van input naar outcome">${inhoud}</svg>`;
}

function afkap(tekst: string, max: number): string {
    return tekst.length > max ? tekst.slice(0, max - 1) + '…' : tekst;
}

/** The comparison across municipalities (like R1 fig. 13) as a page. */
export function vergelijkingAlsHtml(rijen: VergelijkingsRij[], opties: HtmlOpties): string {
    return pagina('Vergelijking van gemeenten', vergelijkingInhoud(rijen, opties), opties);
}

const KOLOMMEN: Array<[keyof VergelijkingsRij | 'aantal', string]> = [
    ['gemeente', 'gemeente'], ['periode', 'periode'], ['verantwoordelijkheid', 'verantwoordelijkheid'], ['rolPerFase', 'rol gemeente per fase'], ['kennisbron', 'kennisbron'],
    ['participatie', 'burgerparticipatie'], ['sturingOp', 'sturing op (nu → ambitie)'], ['opvatting', 'opvatting'], ['governancetype', 'governancetype'],
    ['regierol', 'regierol'], ['onderbouwing', 'onderbouwing'], ['aantal', 'bevindingen']
];

export function vergelijkingInhoud(rijen: VergelijkingsRij[], opties: HtmlOpties): string {
    const klik = opties.modus === 'webview';
    const cel = (r: VergelijkingsRij, k: string) => k === 'aantal'
        ? `<td data-waarde="${aantalBevindingen(r)}">${aantalBevindingen(r)}${r.bevindingen.fout ? ` <span class="zacht">(${r.bevindingen.fout} fout)</span>` : ''}</td>`
        : k === 'onderbouwing' ? `<td data-waarde="${r.onderbouwingRang}">${esc(r.onderbouwing)}</td>`
            : k === 'periode' ? `<td data-waarde="${r.periodeVan ?? ''}">${esc(r.periode ?? '—')}</td>`
                : `<td>${esc(r[k as keyof VergelijkingsRij])}</td>`;
    const { gemeenten, meerPerioden } = telling(rijen);
    const aantal = `${gemeenten === 1 ? '1 gemeente' : `${gemeenten} gemeenten`}${rijen.length !== gemeenten ? ` in ${rijen.length} rijen, één per periode` : ''}.`;
    const groeperen = klik && meerPerioden > 0
        ? ' <label><input type="checkbox" id="groepeer" checked> Perioden van één gemeente bij elkaar houden bij het sorteren</label>'
        : '';
    return `<h1>Vergelijking van gemeenten</h1>
<p class="zacht">${aantal} ${klik ? 'Klik op een kolomkop om te sorteren, op een rij om het bestand te openen.' : ''}${groeperen}</p>
${klik ? '<p><button type="button" id="exporteer-csv" title="Schrijf de vergelijking als CSV-bestand, te openen in Excel">Exporteer als spreadsheet (CSV)</button></p>' : ''}
<table class="vergelijking"><thead><tr>${KOLOMMEN.map(([, label], i) => `<th${klik ? ` class="sorteer" tabindex="0" data-kolom="${i}"` : ''}>${esc(label)}</th>`).join('')}</tr></thead><tbody>
${rijen.map((r, i) => `<tr data-groep="${esc(r.gemeente)}" data-volgorde="${i}"${i > 0 && rijen[i - 1].gemeente === r.gemeente ? ' class="vervolg' + (klik ? ' open"' : '"') : klik ? ' class="open"' : ''}${klik ? ` tabindex="0" data-uri="${esc(r.uri)}"` : ''}>${KOLOMMEN.map(([k]) => cel(r, k)).join('')}</tr>`).join('\n')}
</tbody></table>
<footer>Kolommen naar het overzicht van de onderzoekers (R1 fig. 13) en het raamwerk van R1 §2.1–2.5, één rij per gemeente per periode. De onderbouwing zegt hoeveel het afgeleide type op gegevens rust.</footer>`;
}

/** The preview's only script: clickable findings, export, live updates, sorting, opening files. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
const hoofd = document.getElementById('inhoud');
function koppel() {
  for (const [id, formaat] of [['exporteer', 'html'], ['exporteer-word', 'docx'], ['exporteer-csv', 'csv']]) {
    const knop = document.getElementById(id);
    if (knop) knop.addEventListener('click', () => vscode.postMessage({ type: 'exporteer', formaat }));
  }
}
hoofd.addEventListener('click', e => {
  const li = e.target.closest('[data-lijn]');
  if (li) vscode.postMessage({ type: 'toon', range: { start: { line: +li.dataset.lijn, character: +li.dataset.kolom }, end: { line: +li.dataset.eindlijn, character: +li.dataset.eindkolom } } });
  const tr = e.target.closest('tr[data-uri]');
  if (tr) vscode.postMessage({ type: 'open', uri: tr.dataset.uri });
  const th = e.target.closest('th.sorteer');
  if (th) sorteer(th);
});
hoofd.addEventListener('keydown', e => { if (e.key === 'Enter' && e.target.tagName !== 'INPUT') e.target.click(); });
function sorteer(th) {
  const tabel = th.closest('table'); const kolom = +th.dataset.kolom;
  const oplopend = th.dataset.richting !== 'op'; th.dataset.richting = oplopend ? 'op' : 'af';
  const rijen = [...tabel.tBodies[0].rows];
  const waarde = r => { const c = r.cells[kolom]; return c.dataset.waarde !== undefined && c.dataset.waarde !== '' ? +c.dataset.waarde : c.textContent.trim().toLowerCase(); };
  const vergelijk = (x, y) => (x < y ? -1 : x > y ? 1 : 0) * (oplopend ? 1 : -1);
  const groep = document.getElementById('groepeer');
  if (groep && groep.checked) {
    // The periods of one gemeente stay together, in time order; the groups sort by their first period.
    const groepen = new Map();
    rijen.forEach(r => { const g = r.dataset.groep; if (!groepen.has(g)) groepen.set(g, []); groepen.get(g).push(r); });
    const lijst = [...groepen.values()].map(g => g.sort((a, b) => +a.dataset.volgorde - +b.dataset.volgorde));
    lijst.sort((a, b) => vergelijk(waarde(a[0]), waarde(b[0])));
    lijst.flat().forEach(r => tabel.tBodies[0].appendChild(r));
  } else {
    rijen.sort((a, b) => vergelijk(waarde(a), waarde(b)));
    rijen.forEach(r => tabel.tBodies[0].appendChild(r));
  }
}
window.addEventListener('message', e => {
  const m = e.data;
  if (m.type === 'update') { const y = window.scrollY; hoofd.innerHTML = m.html; koppel(); window.scrollTo(0, y); }
  if (m.type === 'ga') { const s = document.querySelector('[data-gemeente="' + CSS.escape(m.gemeente) + '"]'); if (s) s.scrollIntoView(); }
});
koppel();
`;

function pagina(titel: string, inhoud: string, opties: HtmlOpties): string {
    const webview = opties.modus === 'webview';
    const nonce = opties.nonce ?? '';
    const csp = webview
        ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${opties.cspBron ?? "'none'"} data:; font-src ${opties.cspBron ?? "'none'"};`
        : `default-src 'none'; style-src 'unsafe-inline'; img-src data:;`;
    return `${paginaKop(titel, csp, webview ? nonce : undefined)}
<body${webview ? ' class="klikbaar"' : ''}>
<main id="inhoud">
${inhoud}
</main>
${webview ? `<script nonce="${nonce}">${SCRIPT}</script>` : ''}
</body>
</html>
`;
}
