package io.github.neuronkernel.kernel;

import java.security.Permission;

/**
 * Keeps {@code System.exit} in a cell from silently ending the kernel: the cell gets a
 * SecurityException saying to restart instead. Only the kernel's own shutdown may exit. Grants
 * every other permission, so it costs nothing else.
 */
@SuppressWarnings("removal")
final class ExitGuard extends SecurityManager {
    private volatile boolean exitAllowed;

    /**
     * Installs the guard (the JVM must run with {@code -Djava.security.manager=allow} past JDK 17).
     * Installing costs some 30 ms of class loading in a fresh JVM, so the kernel does it once its
     * first reply is out, before any cell can run.
     */
    void install() {
        try {
            System.setSecurityManager(this);
        } catch (UnsupportedOperationException e) {
            System.err.println("note: System.exit in a cell will end the kernel (start Java with -Djava.security.manager=allow)");
        }
    }

    /** Exits the JVM now, for the kernel's shutdown. */
    void exit(int status) {
        exitAllowed = true;
        Runtime.getRuntime().halt(status);
    }

    /** Lets {@code System.exit} through from now on, for a process that must end normally. */
    void allowExit() {
        exitAllowed = true;
    }

    @Override
    public void checkExit(int status) {
        if (!exitAllowed) {
            throw new SecurityException("System.exit(" + status + ") would end the kernel; it is not allowed in a cell"
                    + " (to start afresh, restart the kernel from the front end)");
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        // everything else is allowed
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        // everything else is allowed
    }
}
