package io.github.neuronkernel.kernel.jshell;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Points a cell's calls of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} at
 * {@link CellExit}, which refuses them, so that a cell cannot end the kernel's JVM.
 *
 * <p>Why not a SecurityManager: installing one prints four "terminally deprecated" warnings on
 * stderr at every start, needs {@code -Djava.security.manager=allow}, and is gone from Java 24 on.
 * Cells are compiled by JShell and loaded through {@link CellExecutionControl}, so their bytecode
 * can be changed on the way in instead. Direct calls and method references ({@code System::exit})
 * are covered; a call made by reflection or from a library's own code is not.
 */
final class ExitCalls {
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String CELL_EXIT = CellExit.class.getName().replace('.', '/');
    private static final String EXIT_DESCRIPTOR = "(I)V";
    private static final String RUNTIME_EXIT_DESCRIPTOR = "(L" + RUNTIME + ";I)V";

    private ExitCalls() {}

    /**
     * @param classFile a class file compiled from a cell
     * @return the class file with its exit calls redirected (the same array when it has none)
     */
    static byte[] redirect(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        boolean[] changed = new boolean[1];
        // Handing the reader to the writer copies the constant pool and every unchanged method
        // as it is; the replacements keep the stack's shape, so no frames need recomputing.
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new Redirecting(super.visitMethod(access, name, descriptor, signature, exceptions), changed);
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : classFile;
    }

    /** Replaces exit calls and method handles in one method's code. */
    private static final class Redirecting extends MethodVisitor {
        private final boolean[] changed;

        Redirecting(MethodVisitor next, boolean[] changed) {
            super(Opcodes.ASM9, next);
            this.changed = changed;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && isSystemExit(owner, name, descriptor)) {
                changed[0] = true;
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CELL_EXIT, "exit", EXIT_DESCRIPTOR, false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && isRuntimeExit(owner, name, descriptor)) {
                // the Runtime receiver already on the stack becomes the first argument
                changed[0] = true;
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CELL_EXIT, name, RUNTIME_EXIT_DESCRIPTOR, false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            // A method reference (System::exit, Runtime.getRuntime()::halt) reaches its target
            // through a handle among the lambda factory's arguments.
            Object[] redirected = arguments.clone();
            for (int i = 0; i < redirected.length; i++) {
                if (redirected[i] instanceof Handle handle) {
                    redirected[i] = redirect(handle);
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, redirected);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(value instanceof Handle handle ? redirect(handle) : value);
        }

        private Handle redirect(Handle h) {
            if (h.getTag() == Opcodes.H_INVOKESTATIC && isSystemExit(h.getOwner(), h.getName(), h.getDesc())) {
                changed[0] = true;
                return new Handle(Opcodes.H_INVOKESTATIC, CELL_EXIT, "exit", EXIT_DESCRIPTOR, false);
            }
            if (h.getTag() == Opcodes.H_INVOKEVIRTUAL && isRuntimeExit(h.getOwner(), h.getName(), h.getDesc())) {
                changed[0] = true;
                return new Handle(Opcodes.H_INVOKESTATIC, CELL_EXIT, h.getName(), RUNTIME_EXIT_DESCRIPTOR, false);
            }
            return h;
        }
    }

    private static boolean isSystemExit(String owner, String name, String descriptor) {
        return owner.equals(SYSTEM) && name.equals("exit") && descriptor.equals(EXIT_DESCRIPTOR);
    }

    private static boolean isRuntimeExit(String owner, String name, String descriptor) {
        return owner.equals(RUNTIME) && (name.equals("exit") || name.equals("halt")) && descriptor.equals(EXIT_DESCRIPTOR);
    }
}
