package io.github.neuronkernel.kernel.jupyter;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * Receives exactly one ZMQ multipart message, all its frames and no more. ZMQ delivers a multipart
 * message whole or not at all, so once the first frame is in, the rest are too.
 */
final class Frames {
    private Frames() {}

    /**
     * @param socket the socket to read
     * @param wait whether to block until a message arrives; if false, only a message already
     *     queued is taken
     * @return the frames, or null if {@code wait} is false and nothing is queued (or the socket
     *     was closed)
     */
    static List<byte[]> receive(ZMQ.Socket socket, boolean wait) {
        byte[] first = socket.recv(wait ? 0 : ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        return frames;
    }
}
