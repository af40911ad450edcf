/** The NMODL lexer, parser and syntax tree, and the error that points at a file's line and column. */
package io.github.neuronkernel.engine.nmodl.syntax;
