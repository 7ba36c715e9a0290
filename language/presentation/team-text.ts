import { labelVan } from '../framework/vocabulary.js';
import type { TeamFeiten, TeamKenmerk } from '../inference/facts.js';
import { opsomming } from './profile-text.js';

/**
 * A social area team's characteristics in words (R1 §1.1, §4.1), the one wording the hover on a team and
 * the team cards of the summary share: the vocabulary's labels, each as a short phrase that reads in a
 * list ("breed team, generalisten en specialisten, voor alle burgers, nulde en eerste lijn").
 */
export function teamKenmerkTekst(k: TeamKenmerk): string {
    const [w] = k.waarden;
    switch (k.soort) {
        case 'gebied': return `gebied ${w}`;
        case 'breedte': return labelVan('Breedte', w);
        case 'samenstelling': return opsomming(k.waarden.map(x => labelVan('Samenstelling', x)));
        case 'doelgroep': return `voor ${labelVan('Doelgroep', w)}`;
        case 'lijn': return `${opsomming(k.waarden)} lijn`;
        case 'toegang': return w === 'ja' ? 'toegang tot ondersteuning' : 'geen toegang tot ondersteuning';
        case 'jeugdzorg': return `jeugdzorg ${labelVan('Integratie', w)}`;
        case 'basiszorg': return `basiszorg ${labelVan('Integratie', w)}`;
        case 'regelruimte': return labelVan('Regelruimte', w);
        case 'teamleider': return w === 'ja' ? 'met teamleider' : 'zonder teamleider';
        case 'omvang': return `${w} medewerkers`;
    }
}

/** All characteristics of a team in words, in the order of the facts (TEAM_KENMERKEN). */
export function teamKenmerken(team: TeamFeiten): string[] {
    return team.kenmerken.map(teamKenmerkTekst);
}
