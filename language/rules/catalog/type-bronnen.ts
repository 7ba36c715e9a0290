import type { AstNode } from 'langium';
import type { Gemeente } from '../../generated/ast.js';
import type { GovernanceTypeId } from '../../framework/governance-types.js';
import type { GovernanceProfile } from '../../inference/profile-types.js';
import { eerste } from '../../util/ast-util.js';

export interface TypeVermelding {
    /** As a main clause: "U typeert de aanpak als frontlijnsturing". */
    hoofdzin: string;
    /** As a subordinate clause: "u de aanpak als frontlijnsturing typeert". */
    bijzin: string;
    node: AstNode;
    property: string;
    index?: number;
}

/** Where a governance type appears for a gemeente: declared, inferred, or as ambition. */
export function typeVermeldingen(g: Gemeente, p: GovernanceProfile, typen: readonly GovernanceTypeId[]): TypeVermelding[] {
    const uit: TypeVermelding[] = [];
    const opgegeven = eerste(g.governancetype);
    if (opgegeven && typen.includes(opgegeven as GovernanceTypeId)) uit.push({ hoofdzin: `U typeert de aanpak als ${opgegeven}`, bijzin: `u de aanpak als ${opgegeven} typeert`, node: g, property: 'governancetype', index: 0 });
    const ambitieBlok = g.ambities[0];
    const ambitie = eerste(ambitieBlok?.governancetype);
    if (ambitieBlok && ambitie && typen.includes(ambitie as GovernanceTypeId)) uit.push({ hoofdzin: `De ambitie is ${ambitie}`, bijzin: `de ambitie ${ambitie} is`, node: ambitieBlok, property: 'governancetype', index: 0 });
    if (p.governancetype.primair && typen.includes(p.governancetype.primair)) uit.push({ hoofdzin: `Sturing leidt ${p.governancetype.primair} af`, bijzin: `Sturing ${p.governancetype.primair} afleidt`, node: g, property: 'name' });
    return uit;
}
