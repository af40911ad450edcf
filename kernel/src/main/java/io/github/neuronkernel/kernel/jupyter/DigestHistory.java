package io.github.neuronkernel.kernel.jupyter;

import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The signatures of the messages already accepted, so that a message sent again byte for byte (a
 * replay by a process that could read the traffic but not sign) is refused: with the key unknown,
 * a new signature cannot be made, and an old one is only good once. jupyter_client's session keeps
 * such a history for the same reason.
 *
 * <p>Bounded: past {@link #CAPACITY} signatures the oldest is forgotten, so a kernel that serves
 * millions of requests keeps a few megabytes at most. Shared by the shell and control channels (a
 * request replayed onto the other channel is a replay too), hence synchronized.
 */
final class DigestHistory {
    /** As many signatures as jupyter_client remembers (2^16). */
    static final int CAPACITY = 1 << 16;

    private final int capacity;
    private final Set<String> seen = new LinkedHashSet<>();

    DigestHistory() {
        this(CAPACITY);
    }

    DigestHistory(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Records a signature.
     *
     * @param signature the hex digest of an authentic message
     * @return true if it had not been seen, false for a replay
     */
    synchronized boolean firstSighting(String signature) {
        if (!seen.add(signature)) {
            return false;
        }
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}
