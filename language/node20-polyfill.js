// Langium 4 uses Chevrotain 13, which calls Object.groupBy / Map.groupBy (Node >= 21).
// VS Code <= 1.100 (and code-server 4.100) run extensions on Node 20, so we provide both here.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const out = Object.create(null);
        let i = 0;
        for (const item of items) (out[key(item, i++)] ??= []).push(item);
        return out;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, key) => {
        const out = new Map();
        let i = 0;
        for (const item of items) {
            const k = key(item, i++);
            if (!out.has(k)) out.set(k, []);
            out.get(k).push(item);
        }
        return out;
    };
}
