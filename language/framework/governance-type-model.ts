import type { Opvatting, Sterkte } from './conception-model.js';
import type { Bron } from './sources.js';

/** The five governance types of R1 §2.2 Fig. 2 (keywords of the language). */
export const GOVERNANCE_TYPE_IDS = [
    'integrale-beleidssturing', 'expertsturing', 'netwerksturing', 'frontlijnsturing', 'vraagsturing'
] as const;
export type GovernanceTypeId = typeof GOVERNANCE_TYPE_IDS[number];

/** R2 also treats classic government and NPM as models of their own, next to the governance types. */
export const EXTRA_MODEL_IDS = ['klassieke-overheidssturing', 'new-public-management'] as const;
export type ExtraModelId = typeof EXTRA_MODEL_IDS[number];
export type ModelId = GovernanceTypeId | ExtraModelId;
export const MODEL_IDS: readonly ModelId[] = [...GOVERNANCE_TYPE_IDS, ...EXTRA_MODEL_IDS];

/** The four ingredients from which the governance types are built (R1 §2.2). */
export const INGREDIENT_IDS = ['verantwoordelijkheid', 'rol', 'kennisbron', 'participatie'] as const;
export type IngredientId = typeof INGREDIENT_IDS[number];

export interface IngredientInfo {
    id: IngredientId;
    label: string;
    uitleg: string;
    bron: Bron;
}

export const INGREDIENTEN: readonly IngredientInfo[] = [
    { id: 'verantwoordelijkheid', label: 'verantwoordelijkheid / scenario', uitleg: 'Wie staat aan het roer: de gemeente, gemeente en uitvoerders samen, experts, burgers en professionals, of de individuele burger.', bron: 'R1 §2.2 element 1' },
    { id: 'rol', label: 'sturingsrol van de gemeente', uitleg: 'Van strak naar los: dirigent/regelaar, regisseur, onderhandelaar, bemiddelaar; de marktmeester beslist maar laat de uitvoering aan de markt.', bron: 'R1 §2.2 element 2' },
    { id: 'kennisbron', label: 'kennisbron / netwerk', uitleg: 'Op wiens kennis het beleid rust: ambtenaren (beleidsnetwerk), professionals (dienstverleningsnetwerk) of professionals én burgers (governancenetwerk).', bron: 'R1 §2.2 element 3' },
    { id: 'participatie', label: 'burgerparticipatie', uitleg: 'Hoe sterk burgers meedoen, oplopend: informeren, adviseren, raadplegen, coproductie/meebeslissen, zelfbestuur.', bron: 'R1 §2.2 element 4' }
];

export interface ModelInfo {
    id: ModelId;
    label: string;
    /** The ideal-type profile on the four ingredients, as in R1 Fig. 2. */
    profiel: Record<IngredientId, string>;
    uitleg: string;
    meerwaarde: string;
    nabij?: string;
    bron: Bron;
}

export const MODELLEN: readonly ModelInfo[] = [
    {
        id: 'integrale-beleidssturing', label: 'integrale beleidssturing',
        profiel: { verantwoordelijkheid: 'gemeente', rol: 'dirigent / regelaar', kennisbron: 'ambtenaren van verschillende afdelingen', participatie: 'adviseren' },
        uitleg: 'De gemeente draagt de verantwoordelijkheid alleen en stuurt strak; samenwerking speelt zich vooral af tussen gemeentelijke afdelingen, en burgers denken mee via formele adviesorganen.',
        meerwaarde: 'samenhang tussen afdelingen en doorzichtigheid',
        nabij: 'ligt dicht bij klassieke overheidssturing',
        bron: 'R1 §2.2 fig. 2, type 1'
    },
    {
        id: 'expertsturing', label: 'expertsturing',
        profiel: { verantwoordelijkheid: 'gemeente aan het roer, uitvoering bij experts', rol: 'regelaar / opdrachtgever', kennisbron: 'experts en marktpartijen', participatie: 'informeren' },
        uitleg: 'De gemeente houdt het roer maar legt de uitvoering bij deskundigen van uitvoerende partijen; wie betaalt, bepaalt. Burgers worden hooguit geïnformeerd.',
        meerwaarde: 'inzet van specialistische deskundigheid',
        nabij: 'ligt dicht bij NPM',
        bron: 'R1 §2.2 fig. 2, type 2'
    },
    {
        id: 'netwerksturing', label: 'netwerksturing',
        profiel: { verantwoordelijkheid: 'gemeente', rol: 'regisseur', kennisbron: 'professionals', participatie: 'raadplegen' },
        uitleg: 'De gemeente blijft verantwoordelijk en verbindt als regisseur het netwerk van dienstverlenende organisaties; het beleid bouwt op de kennis van hun professionals. R1 spreekt liever van netwerk- dan van ketensturing.',
        meerwaarde: 'stroomlijning van een beleidsveld; organisaties en burgers raken meer betrokken',
        bron: 'R1 §2.2 fig. 2, type 3'
    },
    {
        id: 'frontlijnsturing', label: 'frontlijnsturing',
        profiel: { verantwoordelijkheid: 'burgers en professionals', rol: 'onderhandelaar', kennisbron: 'burgers en professionals', participatie: 'coproductie / meebeslissen' },
        uitleg: 'Beleid ontstaat in wisselwerking: professionals en burgers brengen problemen en kansen in, de gemeente onderhandelt en bewaakt het algemeen belang. Het zwaartepunt ligt bij de uitvoerders.',
        meerwaarde: 'de kracht van alle betrokkenen benutten; past goed bij de Wmo, binnen bredere gemeentelijke kaders',
        bron: 'R1 §2.2 fig. 2, type 4'
    },
    {
        id: 'vraagsturing', label: 'vraagsturing',
        profiel: { verantwoordelijkheid: 'de individuele burger', rol: 'bemiddelaar', kennisbron: 'burgers (ervaringskennis)', participatie: 'zelfbestuur' },
        uitleg: 'De burger is zelf verantwoordelijk ("stuurman van je eigen leven"); de gemeente bemiddelt en neemt blokkades weg. Het persoonsgebonden budget (pgb) is een voorbeeld.',
        meerwaarde: 'het leven van de burger staat centraal',
        bron: 'R1 §2.2 fig. 2, type 5'
    },
    {
        id: 'klassieke-overheidssturing', label: 'klassieke overheidssturing',
        profiel: { verantwoordelijkheid: 'gemeente', rol: 'dirigent / regelgever / controleur', kennisbron: 'ambtenaren', participatie: 'informeren' },
        uitleg: 'Geen governancetype maar het klassieke model: de gemeente beslist eenzijdig en stuurt met regels.',
        meerwaarde: 'duidelijkheid wanneer probleem en aanpak vastliggen',
        bron: 'R2 §2.2; R1 §2.1'
    },
    {
        id: 'new-public-management', label: 'New Public Management',
        profiel: { verantwoordelijkheid: 'gemeente als opdrachtgever', rol: 'opdrachtgever / marktmeester', kennisbron: 'marktpartijen', participatie: 'informeren' },
        uitleg: 'Geen governancetype maar het bedrijfsmatige model: contracten, aanbesteding en afrekenen op prestaties.',
        meerwaarde: 'heldere opdrachten wanneer probleem en oplossing vastliggen',
        bron: 'R2 §2.2; R1 §2.1'
    }
];

export function model(id: ModelId): ModelInfo {
    return MODELLEN.find(m => m.id === id)!;
}

/** How a value points to the governance types: `kern` where Fig. 2 names it for that type, `trek` where it leans that way. */
export type TypeRichting = Partial<Record<GovernanceTypeId, Sterkte>>;

/**
 * Conception first, type second (R1 §2.2 and the researchers' own typings in R1 §3.x.4). Each conception
 * has its own governance types: integrale beleidssturing is the governance form of classic government,
 * expertsturing that of NPM, and netwerk-, frontlijn- and vraagsturing are the governance types proper.
 * Sturing first decides the conception, and only then chooses the type within it from the four
 * ingredients of Fig. 2; where a phase has another conception, its type shows as a trait.
 */
export const TYPEN_BINNEN: Record<Opvatting, readonly GovernanceTypeId[]> = {
    government: ['integrale-beleidssturing'],
    npm: ['expertsturing'],
    governance: ['netwerksturing', 'frontlijnsturing', 'vraagsturing']
};

/** The conception a governance type belongs to. */
export function opvattingVanType(type: GovernanceTypeId): Opvatting {
    return (Object.keys(TYPEN_BINNEN) as Opvatting[]).find(o => TYPEN_BINNEN[o].includes(type))!;
}

export const TYPEN_BINNEN_BRON: Bron = 'R1 §2.2 (integrale beleidssturing ≈ government, expertsturing ≈ NPM); §3.2.4, §3.6.4, §4.3';
