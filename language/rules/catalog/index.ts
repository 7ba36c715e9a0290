import type { Regel } from '../rule-types.js';
import { ambitieTypeAfwijkend } from './ambitie-type-afwijkend.js';
import { concurrentieNaAdvies } from './concurrentie-na-advies.js';
import { evaluatieOntbreekt } from './evaluatie-ontbreekt.js';
import { evaluatieZonderPartners } from './evaluatie-zonder-partners.js';
import { faseVolgorde } from './fase-volgorde.js';
import { frontlijnZonderRegelruimte } from './frontlijn-zonder-regelruimte.js';
import { fuik } from './fuik.js';
import { geenBurgerparticipatie } from './geen-burgerparticipatie.js';
import { gemeenteTrektZichTerug } from './gemeente-trekt-zich-terug.js';
import { governancetype } from './governancetype.js';
import { governancetypeAfwijkend } from './governancetype-afwijkend.js';
import { kleineCyclus } from './kleine-cyclus.js';
import { npmBijOnduidelijkProbleem } from './npm-bij-onduidelijk-probleem.js';
import { npmInVerkenning } from './npm-in-verkenning.js';
import { onbekostigdeUitvoerder } from './onbekostigde-uitvoerder.js';
import { outputAlsDoelindicator } from './output-als-doelindicator.js';
import { participatieTeLaag } from './participatie-te-laag.js';
import { regieBotstMetRol } from './regie-botst-met-rol.js';
import { rolOntbreekt } from './rol-ontbreekt.js';
import { rolwisselingRegisseurOpdrachtgever } from './rolwisseling-regisseur-opdrachtgever.js';
import { scenarioRolConflict } from './scenario-rol-conflict.js';
import { schottenInBekostiging } from './schotten-in-bekostiging.js';
import { teamZonderDoel } from './team-zonder-doel.js';
import { tegenstrijdigeRollen } from './tegenstrijdige-rollen.js';
import { uitkomstAmbitieZonderBekostiging } from './uitkomst-ambitie-zonder-bekostiging.js';
import { uitkomstMetProductbekostiging } from './uitkomst-met-productbekostiging.js';
import { uitkomstZonderEffectmeting } from './uitkomst-zonder-effectmeting.js';
import { vaagDoel } from './vaag-doel.js';

/** The rule catalogue, in the order of docs/regels/README.md (the order of rules.md). */
export const REGELS: readonly Regel[] = [
    npmInVerkenning,
    kleineCyclus,
    evaluatieOntbreekt,
    faseVolgorde,
    rolOntbreekt,
    tegenstrijdigeRollen,
    fuik,
    concurrentieNaAdvies,
    npmBijOnduidelijkProbleem,
    uitkomstZonderEffectmeting,
    uitkomstMetProductbekostiging,
    governancetypeAfwijkend,
    ambitieTypeAfwijkend,
    scenarioRolConflict,
    participatieTeLaag,
    frontlijnZonderRegelruimte,
    regieBotstMetRol,
    teamZonderDoel,
    vaagDoel,
    geenBurgerparticipatie,
    evaluatieZonderPartners,
    schottenInBekostiging,
    onbekostigdeUitvoerder,
    uitkomstAmbitieZonderBekostiging,
    rolwisselingRegisseurOpdrachtgever,
    gemeenteTrektZichTerug,
    outputAlsDoelindicator,
    governancetype
] as readonly Regel[];
