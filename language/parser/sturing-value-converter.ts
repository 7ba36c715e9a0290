import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';
import { tekstWaarde } from './sturing-lexer.js';

/**
 * Reads a text between curly quotes (“…”, „…”) as the same text between straight ones, and a text
 * whose closing quote is missing as what it holds up to the end of its line.
 */
export class SturingValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') return tekstWaarde(input);
        return super.runConverter(rule, input, cstNode);
    }
}
