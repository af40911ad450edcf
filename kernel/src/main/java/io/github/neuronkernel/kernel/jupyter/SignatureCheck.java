package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.messages.HMACGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a received multipart message may be read at all: it must have the wire
 * protocol's shape (identities, {@code <IDS|MSG>}, signature, header, parent header, metadata,
 * content, optional buffers), a signature made with the connection's key, and a signature not seen
 * before ({@link DigestHistory}). Checked before any JSON is parsed.
 */
final class SignatureCheck {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    /** Signature, header, parent header, metadata, content. */
    private static final int SIGNED_PARTS = 5;

    private final HMACGenerator signer;
    private final DigestHistory history;

    /**
     * @param signer the connection's signer (one that signs with an empty string when the
     *     connection file has no key: then nothing is checked, as in jupyter_client)
     * @param history the signatures already accepted
     */
    SignatureCheck(HMACGenerator signer, DigestHistory history) {
        this.signer = signer;
        this.history = history;
    }

    /**
     * @param frames one whole multipart message
     * @throws RejectedMessage if it is malformed, wrongly signed or a replay
     */
    void verify(List<byte[]> frames) throws RejectedMessage {
        int d = delimiter(frames);
        if (d < 0) {
            throw new RejectedMessage("no <IDS|MSG> delimiter in " + frames.size() + " frames");
        }
        if (frames.size() - d - 1 < SIGNED_PARTS) {
            throw new RejectedMessage("too few frames after <IDS|MSG>: " + (frames.size() - d - 1));
        }
        String expected = signer.calculateSignature(frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), frames.get(d + 5));
        if (expected == null || expected.isEmpty()) {
            return; // no key: unauthenticated connection, as the connection file asked
        }
        byte[] received = frames.get(d + 1);
        // Constant time: the comparison must not tell a forger how many leading characters are right.
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), received)) {
            throw new RejectedMessage("wrong signature");
        }
        if (!history.firstSighting(expected)) {
            throw new RejectedMessage("replayed message (its signature was already used)");
        }
    }

    private static int delimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(DELIMITER, frames.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
