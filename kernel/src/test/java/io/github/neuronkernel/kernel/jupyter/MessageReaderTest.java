package io.github.neuronkernel.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.reply.InputReply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The stdin channel's reader against badly framed messages from a local peer: each is refused
 * alone, and the input_reply sent right after it on the same connection is read intact (the base
 * kernel's reader took a fixed number of frames, so a short message swallowed the next one).
 */
class MessageReaderTest {
    private final HMACGenerator signer = signer();
    private final ZMQ.Context context = ZMQ.context(1);
    private final StdinChannel stdin = new StdinChannel(context, signer);
    private final ZMQ.Socket frontEnd = context.socket(SocketType.DEALER);
    private final MessageReader reader = new MessageReader(stdin, new SignatureCheck(signer, new DigestHistory()),
            new MessageDecoder(context, signer));

    MessageReaderTest() {
        String address = "inproc://stdin-" + UUID.randomUUID();
        stdin.bind(address);
        frontEnd.connect(address);
    }

    @AfterEach
    void close() {
        frontEnd.setLinger(0);
        frontEnd.close();
        stdin.setLinger(0);
        stdin.close();
    }

    private static HMACGenerator signer() {
        try {
            return new HMACGenerator("hmac-sha256", "secret");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void send(byte[]... frames) {
        for (int i = 0; i < frames.length; i++) {
            frontEnd.send(frames[i], i < frames.length - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** Sends a message as jupyter_client does: delimiter, signature, header, parent, metadata, content. */
    private void sendSigned(String type, String content) {
        byte[][] parts = {
            bytes("{\"msg_id\": \"" + UUID.randomUUID() + "\", \"msg_type\": \"" + type + "\", \"session\": \"s\","
                    + " \"username\": \"u\", \"version\": \"5.3\", \"date\": \"2024-01-01T00:00:00Z\"}"),
            bytes("{}"), bytes("{}"), bytes(content)};
        send(bytes("<IDS|MSG>"), bytes(signer.calculateSignature(parts)), parts[0], parts[1], parts[2], parts[3]);
    }

    /** @return the next message, waiting for it (the DEALER's frames reach the ROUTER asynchronously) */
    private Message<?> next() throws RejectedMessage {
        return reader.read(true);
    }

    @Test
    void aShortMessageIsRefusedAloneAndTheReplyAfterItArrives() throws Exception {
        send(bytes("<IDS|MSG>"), bytes("0000"), bytes("{\"msg_type\": \"input_reply\"}")); // three frames of six
        sendSigned("input_reply", "{\"value\": \"typed line\"}");
        RejectedMessage e = assertThrows(RejectedMessage.class, this::next);
        assertTrue(e.getMessage().contains("too few frames"), e.getMessage());
        assertEquals("typed line", ((InputReply) next().getContent()).getValue());
    }

    @Test
    void wronglySignedUnframedAndUnparsableMessagesAreRefusedOneByOne() throws Exception {
        List<String> reasons = List.of("wrong signature", "no <IDS|MSG> delimiter", "does not parse");
        send(bytes("<IDS|MSG>"), bytes("0000bad"), bytes("{}"), bytes("{}"), bytes("{}"), bytes("{\"value\": \"forged\"}"));
        send(bytes("hello"));
        sendSigned("input_reply", "{\"value\": "); // signed by the key holder, but not JSON
        sendSigned("input_reply", "{\"value\": \"typed line\"}");
        for (String reason : reasons) {
            RejectedMessage e = assertThrows(RejectedMessage.class, this::next);
            assertTrue(e.getMessage().contains(reason), e.getMessage() + " (expected " + reason + ")");
        }
        assertEquals("typed line", ((InputReply) next().getContent()).getValue());
        assertNull(reader.read(false), "a message was left over");
    }
}
