package io.github.neuronkernel.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.messages.HMACGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a message must pass before the kernel parses it. */
class SignatureCheckTest {
    private final HMACGenerator signer = signer("secret");

    private static HMACGenerator signer(String key) {
        try {
            return new HMACGenerator("hmac-sha256", key);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<byte[]> message(HMACGenerator signer, String header) {
        byte[][] parts = {bytes(header), bytes("{}"), bytes("{}"), bytes("{}")};
        List<byte[]> frames = new ArrayList<>(List.of(bytes("client-id"), bytes("<IDS|MSG>"), bytes(signer.calculateSignature(parts))));
        frames.addAll(List.of(parts));
        return frames;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAuthenticMessagePassesOnceAndItsReplayIsRejected() {
        SignatureCheck check = new SignatureCheck(signer, new DigestHistory());
        List<byte[]> m = message(signer, "{\"msg_id\": \"1\"}");
        assertDoesNotThrow(() -> check.verify(m));
        RejectedMessage e = assertThrows(RejectedMessage.class, () -> check.verify(m));
        assertTrue(e.getMessage().contains("replayed"), e.getMessage());
        assertDoesNotThrow(() -> check.verify(message(signer, "{\"msg_id\": \"2\"}")));
    }

    @Test
    void aMessageSignedWithAnotherKeyIsRejected() {
        SignatureCheck check = new SignatureCheck(signer, new DigestHistory());
        RejectedMessage e = assertThrows(RejectedMessage.class, () -> check.verify(message(signer("guess"), "{}")));
        assertEquals("wrong signature", e.getMessage());
    }

    @Test
    void malformedMessagesAreRejectedBeforeAnySignatureWork() {
        SignatureCheck check = new SignatureCheck(signer, new DigestHistory());
        List<byte[]> noDelimiter = message(signer, "{}");
        noDelimiter.remove(1);
        assertTrue(assertThrows(RejectedMessage.class, () -> check.verify(noDelimiter)).getMessage().contains("delimiter"));
        List<byte[]> short_ = message(signer, "{}").subList(0, 5);
        assertTrue(assertThrows(RejectedMessage.class, () -> check.verify(short_)).getMessage().contains("too few frames"));
    }

    @Test
    void withoutAKeyNothingIsCheckedAsTheConnectionFileAsks() {
        SignatureCheck check = new SignatureCheck(HMACGenerator.NO_AUTH_INSTANCE, new DigestHistory());
        List<byte[]> m = message(HMACGenerator.NO_AUTH_INSTANCE, "{}");
        assertDoesNotThrow(() -> check.verify(m));
        assertDoesNotThrow(() -> check.verify(m));
    }

    @Test
    void theHistoryForgetsTheOldestPastItsCapacity() {
        DigestHistory history = new DigestHistory(2);
        assertTrue(history.firstSighting("a"));
        assertTrue(history.firstSighting("b"));
        assertFalse(history.firstSighting("a"));
        assertTrue(history.firstSighting("c")); // "a" is forgotten now
        assertTrue(history.firstSighting("a"));
        assertFalse(history.firstSighting("c"));
    }
}
