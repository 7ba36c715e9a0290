import type { AstNode } from 'langium';
import { cstVan } from '../util/ast-util.js';

/**
 * Where something was written. Facts and the profile built on them both point into the text, so the
 * two types live here, below both (facts.ts and profile-types.ts import this file, never each other
 * both ways).
 */

/** A position in the source text (0-based), like an LSP range but without depending on LSP. */
export interface Bereik {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

/** Where a fact was written: the node and, where it matters, the property and index. */
export interface Plek {
    node: AstNode;
    property?: string;
    index?: number;
    bereik: Bereik;
}

const LEEG: Bereik = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Where a fact was written. The range is computed only when asked for (hover, related information):
 * most facts are never shown, and finding a property's text is the costly part. A class, so that the
 * many places a build makes share one getter instead of each carrying a closure.
 */
class LuiePlek implements Plek {
    private berekend: Bereik | undefined;

    constructor(readonly node: AstNode, readonly property?: string, readonly index?: number) { }

    get bereik(): Bereik {
        if (!this.berekend) {
            const r = cstVan(this.node, this.property, this.index)?.range;
            this.berekend = r ? { start: { ...r.start }, end: { ...r.end } } : LEEG;
        }
        return this.berekend;
    }
}

export function plekVan(node: AstNode, property?: string, index?: number): Plek {
    return new LuiePlek(node, property, index);
}
