import { isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck } from 'langium';

/**
 * Langium's validation registry, with checks that run synchronously. Langium wraps every check in an
 * asynchronous function (to catch its errors), so each check on each node cost a few promises: for the
 * thousands of nodes of a workspace more than some checks themselves. Here a check that returns nothing
 * is called and done; only a check that returns a promise is awaited. A check that throws still gives
 * Langium's own diagnostic on its node, and the other checks run on.
 *
 * The checks of a node type are also kept as a list (`checksVoor`), made once instead of once per node
 * type and document, until a check is registered.
 */
export class SturingValidationRegistry extends ValidationRegistry {
    private readonly lijsten = new Map<string, ValidationCheck[]>();

    /** The checks of a node type for these categories, as `getChecks` gives them. */
    checksVoor(type: string, categories?: ValidationCategory[]): ValidationCheck[] {
        const sleutel = categories ? `${type} ${categories.join(' ')}` : type;
        let lijst = this.lijsten.get(sleutel);
        if (!lijst) {
            lijst = this.getChecks(type, categories).toArray();
            this.lijsten.set(sleutel, lijst);
        }
        return lijst;
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.lijsten.clear();
        super.addEntry(type, entry);
    }
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const uitkomst = check.call(thisObj, node, accept, cancelToken);
                if (uitkomst && typeof (uitkomst as Promise<void>).then === 'function') {
                    return (uitkomst as Promise<void>).then(undefined, err => meldFout(err, accept, node));
                }
            } catch (err) {
                meldFout(err, accept, node);
            }
            return undefined;
        };
    }
}

/** What Langium's `handleException` does with an error of a check (a cancellation goes on up). */
function meldFout(err: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(err)) throw err;
    const context = 'An error occurred during validation';
    console.error(`${context}:`, err);
    if (err instanceof Error && err.stack) console.error(err.stack);
    accept('error', `${context}: ${err instanceof Error ? err.message : String(err)}`, { node });
}
