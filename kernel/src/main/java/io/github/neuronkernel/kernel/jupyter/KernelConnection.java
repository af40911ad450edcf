package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import java.security.GeneralSecurityException;
import org.zeromq.ZMQ;

/**
 * The five sockets of a connection file, bound to exactly its addresses, each served by a thread
 * that blocks on its socket instead of the base kernel's 50 ms polling loops. Shell, control and
 * stdin messages are read whole and checked by the kernel's own code ({@link MessageReader}), with
 * one history of signatures for all three channels.
 *
 * <p>IOPub never drops a message for being slow: its PUB socket is set to block at the high-water
 * mark ({@code ZMQ_XPUB_NODROP}) instead of discarding, so the IOPub thread waits for the slowest
 * subscriber. A subscriber that goes away (its connection closes) no longer counts, and with no
 * subscriber at all messages go nowhere at once, as PUB sockets do: only a client that stays
 * connected without reading holds output back, and then the cell waits for it ({@link IoPub}).
 */
public final class KernelConnection extends JupyterConnection {
    /**
     * IOPub messages queued in ZMQ per subscriber before the IOPub thread waits (ZMQ's default is
     * 1000): with output batched up to {@link StreamOutput#BATCH_BYTES}, this bounds what a stalled
     * client can hold in the kernel's ZMQ queues to about 32 MiB (per client).
     */
    static final int IOPUB_HWM = 32;

    private final KernelConnectionProperties properties;
    private final IoPub publisher;
    private final HMACGenerator signer;
    private final SignatureCheck check;
    private final QueueAbort abort = new QueueAbort();
    /** Holds the decoders' in-process pairs; apart from the sockets facing the front end. */
    private final ZMQ.Context decoding = ZMQ.context(1);
    private ChannelLoop shellLoop;
    private ChannelLoop controlLoop;
    private final MessageReader stdinReader;

    /**
     * @param properties the parsed connection file
     * @throws GeneralSecurityException if its signature scheme is not available
     */
    public KernelConnection(KernelConnectionProperties properties) throws GeneralSecurityException {
        super(properties);
        this.properties = properties;
        this.publisher = new IoPub(super.iopub);
        this.signer = properties.createHMACGenerator();
        this.check = new SignatureCheck(signer, new DigestHistory());
        this.stdinReader = new MessageReader(stdin, check, new MessageDecoder(decoding, signer));
        // Before bind: a subscriber's pipe takes its high-water mark when it connects.
        iopub.setSndHWM(IOPUB_HWM);
        iopub.setXpubNoDrop(true);
    }

    /** @return the shell channel's stop_on_error state, which the kernel sets when a cell fails */
    QueueAbort abort() {
        return abort;
    }

    IoPub publisher() {
        return publisher;
    }

    StdinChannel stdin() {
        return stdin;
    }

    /** @return the reader of stdin replies, for the one thread at a time that waits for input */
    MessageReader stdinReader() {
        return stdinReader;
    }

    /**
     * Binds and starts serving: shell and control requests go to their dispatchers.
     *
     * @throws IllegalArgumentException if a port cannot be bound
     */
    void start(Dispatcher shellDispatcher, Dispatcher controlDispatcher) {
        bind(heartbeat, properties.getHbPort());
        bind(iopub, properties.getIopubPort());
        bind(stdin, properties.getStdinPort());
        bind(control, properties.getControlPort());
        bind(shell, properties.getShellPort());
        publisher.start();
        new Heartbeat(heartbeat).start();
        // Control never aborts: interrupts and shutdowns must get through after a failure.
        controlLoop = new ChannelLoop("control", reader(control), new QueueAbort(), publisher, controlDispatcher);
        shellLoop = new ChannelLoop("shell", reader(shell), abort, publisher, shellDispatcher);
        controlLoop.start();
        shellLoop.start();
    }

    private MessageReader reader(JupyterSocket socket) {
        return new MessageReader(socket, check, new MessageDecoder(decoding, signer));
    }

    private void bind(JupyterSocket socket, int port) {
        String address = address(port);
        try {
            socket.setLinger(1000);
            socket.bind(address);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot bind " + address + " from the connection file: " + e.getMessage(), e);
        }
    }

    /** Always tcp: the launcher refuses other transports before a connection is made ({@link Transport}). */
    private String address(int port) {
        return Transport.TCP + "://" + properties.getIp() + ":" + port;
    }

    @Override
    public void connect() {
        throw new UnsupportedOperationException("use start(shell, control)");
    }
}
