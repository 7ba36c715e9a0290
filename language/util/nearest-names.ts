/** Edit distance between two names, case-insensitive. */
export function bewerkafstand(a: string, b: string): number {
    const s = a.toLowerCase(), t = b.toLowerCase();
    const prev = Array.from({ length: t.length + 1 }, (_, i) => i);
    for (let i = 1; i <= s.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= t.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (s[i - 1] === t[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[t.length];
}

/**
 * The names closest to what was typed (a typo, a different case, a prefix), by edit distance: only
 * those at the smallest distance found, so that "Bedoelt u …?" names the likeliest word(s).
 */
export function naastBij(naam: string, kandidaten: readonly string[], max = 3): string[] {
    const grens = Math.max(1, Math.floor(naam.length / 3));
    const gemeten = [...new Set(kandidaten)]
        .map(k => ({ k, d: k.toLowerCase().startsWith(naam.toLowerCase()) && naam.length >= 3 ? 0.5 : bewerkafstand(naam, k) }))
        .filter(x => x.d <= grens && x.k !== naam);
    const kleinste = Math.min(...gemeten.map(x => x.d));
    return gemeten.filter(x => x.d === kleinste)
        .sort((a, b) => a.k.localeCompare(b.k))
        .slice(0, max)
        .map(x => x.k);
}
