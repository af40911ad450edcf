package io.github.neuronkernel.engine.morphology;

import io.github.neuronkernel.engine.morphology.NeurolucidaToken.Kind;

/**
 * Whether a Neurolucida file's parentheses pair up, to say so in the message of the parse error an
 * unbalanced file leads to (the grammar notices where the structure breaks, this says why).
 */
final class Parentheses {
    private Parentheses() {
    }

    /** @return what is unbalanced, e.g. {@code 1 more '(' than ')'}, or null if nothing is */
    static String imbalance(NeurolucidaToken[] tokens) {
        int depth = 0;
        int opens = 0;
        int closes = 0;
        NeurolucidaToken stray = null;
        for (NeurolucidaToken t : tokens) {
            if (t.kind() == Kind.OPEN) {
                opens++;
                depth++;
            } else if (t.kind() == Kind.CLOSE) {
                closes++;
                if (--depth < 0 && stray == null) {
                    stray = t;
                }
            }
        }
        if (opens > closes) {
            return (opens - closes) + " more '(' than ')'";
        }
        if (closes > opens) {
            return (closes - opens) + " more ')' than '('";
        }
        return stray == null ? null : "the ')' at line " + stray.line() + ", column " + stray.column()
                + " closes nothing";
    }
}
