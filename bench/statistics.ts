/** A median with the smallest and largest value it was taken from, and how many values there were. */
export interface Spreiding {
    mediaan: number;
    min: number;
    max: number;
    n: number;
}

export function mediaan(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

export function rond(x: number, d = 1): number {
    const f = 10 ** d;
    return Math.round(x * f) / f;
}

export function spreiding(xs: number[], d = 1): Spreiding {
    return { mediaan: rond(mediaan(xs), d), min: rond(Math.min(...xs), d), max: rond(Math.max(...xs), d), n: xs.length };
}

/** `1,23 (1,10–1,40)`: a median with its spread, as the README writes it. */
export function toonSpreiding(s: Spreiding | undefined, d = 2): string {
    if (!s) return '–';
    const f = (x: number) => x.toFixed(d);
    return `${f(s.mediaan)} (${f(s.min)}–${f(s.max)})`;
}
