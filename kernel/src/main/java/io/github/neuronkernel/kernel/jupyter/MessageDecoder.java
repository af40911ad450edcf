package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Turns the frames of one checked message into the base kernel's {@link Message}, with the base
 * kernel's own parser (its JSON adapters for every message type).
 *
 * <p>Why the detour: jupyter-jvm-basekernel 2.3.0 parses only inside
 * {@code JupyterSocket.readMessage()}, which reads the frames from its socket itself: it reads a
 * fixed count after the delimiter (so a short message makes it read the next message's frames),
 * and it gives no access to the signature (so replays cannot be refused). The kernel therefore
 * reads and checks whole messages itself ({@link Frames}, {@link SignatureCheck}) and hands each
 * accepted one, alone, through an in-process ZMQ pair to a {@code JupyterSocket} that only parses.
 * A message the parser fails on is lost alone; the next one starts clean.
 */
final class MessageDecoder {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final ZMQ.Socket in;
    private final Parser out;

    /**
     * @param context the context both ends of the pair live in (inproc needs one context)
     * @param signer the connection's signer, for the parser's own signature check (the frames
     *     passed it already, so it passes again)
     */
    MessageDecoder(ZMQ.Context context, HMACGenerator signer) {
        String address = "inproc://decode-" + NEXT.incrementAndGet();
        in = context.socket(SocketType.PAIR);
        in.setLinger(0);
        in.bind(address);
        out = new Parser(context, signer);
        out.setLinger(0);
        out.connect(address);
    }

    /**
     * Decodes one message; only the thread that owns this decoder calls it.
     *
     * @param frames a whole message that passed {@link SignatureCheck}
     * @return the parsed message
     * @throws RuntimeException if its JSON does not parse as its message type
     */
    Message<?> decode(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (i < frames.size() - 1) {
                in.sendMore(frames.get(i));
            } else {
                in.send(frames.get(i));
            }
        }
        try {
            return out.readMessage();
        } finally {
            // If parsing stopped early (it reads every frame before parsing, but be sure), drop the
            // rest so the next message starts at its first frame.
            while (out.hasReceiveMore()) {
                out.recv();
            }
        }
    }

    /** The parsing end: the base kernel's socket, never bound to anything outside the process. */
    private static final class Parser extends JupyterSocket {
        Parser(ZMQ.Context context, HMACGenerator signer) {
            super(context, SocketType.PAIR, signer, Logger.getLogger("decoder"));
        }

        @Override
        public void bind(KernelConnectionProperties properties) {
            throw new UnsupportedOperationException("connected in-process only");
        }
    }
}
