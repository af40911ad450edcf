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
 * that blocks on its socket instead of the base kernel's 50 ms polling loops. Shell and control
 * messages are read and checked by the kernel's own code ({@link ChannelLoop}), with one history of
 * signatures for both channels.
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties properties;
    private final IoPub publisher;
    private final HMACGenerator signer;
    private final SignatureCheck check;
    private final QueueAbort abort = new QueueAbort();
    /** Holds the decoders' in-process pairs; apart from the sockets facing the front end. */
    private final ZMQ.Context decoding = ZMQ.context(1);
    private ChannelLoop shellLoop;
    private ChannelLoop controlLoop;

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
        controlLoop = new ChannelLoop("control", control, check, new MessageDecoder(decoding, signer), new QueueAbort(),
                publisher, controlDispatcher);
        shellLoop = new ChannelLoop("shell", shell, check, new MessageDecoder(decoding, signer), abort,
                publisher, shellDispatcher);
        controlLoop.start();
        shellLoop.start();
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
