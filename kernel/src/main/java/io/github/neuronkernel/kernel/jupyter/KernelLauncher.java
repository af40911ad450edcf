package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.jshell.Evaluator;
import io.github.neuronkernel.kernel.jshell.Startup;
import io.github.neuronkernel.kernel.jshell.Warmup;
import io.github.neuronkernel.kernel.notebook.Notebook;
import io.github.neuronkernel.kernel.widgets.WidgetManager;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

/**
 * Starts a kernel on a connection file: binds the sockets and answers at once, while JShell starts
 * on another thread (cells wait for it, kernel_info does not).
 */
public final class KernelLauncher {
    private static final Logger LOG = Logger.getLogger(KernelLauncher.class.getName());
    /** The longest JShell's start waits for the first kernel_info reply to have gone out. */
    static final long JSHELL_WAITS_FOR_KERNEL_INFO_MS = 300;

    private KernelLauncher() {}

    /**
     * Runs the kernel until a shutdown request.
     *
     * @param connectionFile the connection file Jupyter wrote
     * @param exit ends the process with a status; given {@value Transport#REFUSED_STATUS}, with a
     *     line on stderr, when the connection file's transport is not tcp (then nothing is bound and
     *     this returns if {@code exit} does)
     * @throws Exception if the file cannot be read or the sockets bound
     */
    public static void run(Path connectionFile, java.util.function.IntConsumer exit) throws Exception {
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        // Before anything is bound: a transport the kernel cannot serve would otherwise leave the
        // front end waiting for its start timeout on sockets nobody listens on.
        java.util.Optional<String> refusal = Transport.refusal(connectionFile, properties.getTransport());
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.err.flush();
            exit.accept(Transport.REFUSED_STATUS);
            return;
        }
        PrintStream log = System.err; // the terminal Jupyter started us in; cells' output goes elsewhere
        KernelLog.install(log); // before System.err becomes the cells' stream

        KernelConnection connection = new KernelConnection(properties);
        CurrentRequest current = new CurrentRequest();
        IoPub iopub = connection.publisher();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stream-flush");
            t.setDaemon(true);
            return t;
        });
        StreamOutput out = new StreamOutput(PublishStream.StreamType.OUT, iopub, current, timer);
        StreamOutput err = new StreamOutput(PublishStream.StreamType.ERR, iopub, current, timer);
        Runnable flush = () -> {
            out.flush();
            err.flush();
        };
        Runnable endOfCell = () -> {
            out.endOfCell();
            err.endOfCell();
        };
        IoPubDisplaySink displays = new IoPubDisplaySink(iopub, current, flush);
        Notebook.attach(displays);
        WidgetManager widgets = new WidgetManager(new IoPubComms(iopub, current, flush), displays);
        Notebook.attachWidgets(widgets);

        CompletableFuture<Evaluator> evaluator = new CompletableFuture<>();
        Runnable halt = () -> {
            flush.run();
            iopub.drain(500);
            sleepQuietly(30); // let ZMQ's I/O thread put the last frames on the wire
            exit.accept(0);
        };
        NeuronKernel kernel = new NeuronKernel(evaluator, current, connection.abort(), endOfCell, halt, widgets);
        connection.start(kernel.shellDispatcher(), kernel.controlDispatcher());
        SigInt.forward(kernel::interrupt);

        System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, false, StandardCharsets.UTF_8));
        System.setIn(new FrontEndInput(connection.stdin(), connection.stdinReader(), current, flush));

        Thread starter = new Thread(() -> {
            try {
                // Front ends ask for kernel_info first and wait for it; JShell's start (javac, a
                // second of CPU) would compete with that reply for the processors. Measured with 5 x
                // 5 starts: kernel_info 486 -> 421 ms, first result 1331 -> 1418 ms (median).
                kernel.awaitFirstKernelInfo(JSHELL_WAITS_FOR_KERNEL_INFO_MS);
                Evaluator e = new Evaluator(log);
                e.runStartup(Startup.SCRIPT);
                evaluator.complete(e);
                Warmup.afterStart(e);
            } catch (Throwable t) {
                t.printStackTrace(log);
                evaluator.completeExceptionally(t);
            }
        }, "jshell-start");
        starter.setDaemon(true);
        starter.start();
        LOG.fine("kernel started on " + connectionFile);
    }

    /**
     * Binds a throwaway connection on free loopback ports and sends it a signed kernel_info
     * request. The installer's warm-up runs this so that the class-data archive it records holds
     * the connection-file parser, ZMQ's and the message classes, which a kernel start otherwise
     * loads before it can answer kernel_info. Only for a process that then exits.
     */
    public static void warmUpMessaging() throws Exception {
        int[] ports = new int[5];
        for (int i = 0; i < ports.length; i++) {
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                ports[i] = s.getLocalPort();
            }
        }
        String json = String.format("{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\", \"shell_port\": %d,"
                + " \"iopub_port\": %d, \"stdin_port\": %d, \"control_port\": %d, \"hb_port\": %d,"
                + " \"key\": \"warm-up\", \"signature_scheme\": \"hmac-sha256\"}",
                ports[0], ports[1], ports[2], ports[3], ports[4]);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(json);
        KernelConnection connection = new KernelConnection(properties);
        CountDownLatch received = new CountDownLatch(1);
        // A real kernel answers it, so that the archive holds the kernel and its kernel_info reply.
        CurrentRequest current = new CurrentRequest();
        WidgetManager widgets = new WidgetManager(new IoPubComms(connection.publisher(), current, () -> { }),
                io.github.neuronkernel.kernel.display.DisplaySink.NONE);
        NeuronKernel kernel = new NeuronKernel(new CompletableFuture<>(), current, connection.abort(),
                () -> { }, () -> { }, widgets);
        connection.start(r -> {
            kernel.shellDispatcher().accept(r);
            received.countDown();
        }, kernel.controlDispatcher());
        sendKernelInfoRequest(properties);
        if (!received.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the warm-up's kernel_info_request was not answered within 5 s");
        }
        // Not closed: terminating ZMQ contexts waits for sockets whose threads block in recv. The
        // warm-up process ends with System.exit, which takes them down.
    }

    /**
     * Sends a kernel_info_request as a front end does, from a client socket that the base kernel's
     * own code signs and frames.
     */
    private static void sendKernelInfoRequest(KernelConnectionProperties properties) throws Exception {
        WarmUpClient client = new WarmUpClient(org.zeromq.ZMQ.context(1), properties.createHMACGenerator());
        client.connect("tcp://" + properties.getIp() + ":" + properties.getShellPort());
        client.sendMessage(new Message<>(new Header<>(KernelInfoRequest.MESSAGE_TYPE), new KernelInfoRequest()));
    }

    /** The front end's end of the shell channel, for the warm-up's one request. */
    private static final class WarmUpClient extends JupyterSocket {
        WarmUpClient(org.zeromq.ZMQ.Context context, HMACGenerator signer) {
            super(context, org.zeromq.SocketType.DEALER, signer, Logger.getLogger("warm-up client"));
        }

        @Override
        public void bind(KernelConnectionProperties properties) {
            throw new UnsupportedOperationException("a client connects");
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
