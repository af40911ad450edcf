package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.List;

/**
 * Reads one socket's messages one whole ZMQ multipart message at a time ({@link Frames}), checks
 * each ({@link SignatureCheck}) and parses it alone ({@link MessageDecoder}): a malformed, wrongly
 * signed, replayed or unparsable message is refused by itself and never shifts the next one. Used
 * by one thread at a time (the decoder's in-process pair is a ZMQ socket).
 */
final class MessageReader {
    private final JupyterSocket socket;
    private final SignatureCheck check;
    private final MessageDecoder decoder;

    /**
     * @param socket the channel's socket
     * @param check what a message must pass to be read
     * @param decoder parses accepted messages
     */
    MessageReader(JupyterSocket socket, SignatureCheck check, MessageDecoder decoder) {
        this.socket = socket;
        this.check = check;
        this.decoder = decoder;
    }

    /** @return the socket read, which replies go back on */
    JupyterSocket socket() {
        return socket;
    }

    /**
     * @param wait whether to block until a message arrives; if false, only one already queued is taken
     * @return the next message, or null if {@code wait} is false and none is queued (or the socket
     *     was closed)
     * @throws RejectedMessage if the next message is malformed, wrongly signed, a replay or does not
     *     parse; it has been consumed, the one after it is untouched
     * @throws org.zeromq.ZMQException if the socket failed
     */
    Message<?> read(boolean wait) throws RejectedMessage {
        List<byte[]> frames = Frames.receive(socket, wait);
        if (frames == null) {
            return null;
        }
        check.verify(frames);
        try {
            return decoder.decode(frames);
        } catch (RuntimeException e) {
            throw new RejectedMessage("does not parse: " + e);
        }
    }
}
