/** Diagnostic codes of the ordinary language checks (the design rules have their own catalogue). */
export const TAAL_CODES = {
    syntax: 'syntax',
    onbekendeVerwijzing: 'onbekende-verwijzing',
    dubbeleNaam: 'dubbele-naam',
    dubbeleInstelling: 'dubbele-instelling',
    dubbelzinnigePartij: 'dubbelzinnige-partij',
    bekostigingZonderRol: 'bekostiging-zonder-rol'
} as const;
