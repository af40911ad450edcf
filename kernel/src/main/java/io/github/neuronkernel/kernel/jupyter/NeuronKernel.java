package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.jshell.CellError;
import io.github.neuronkernel.kernel.jshell.CellOutcome;
import io.github.neuronkernel.kernel.jshell.CodeAssist;
import io.github.neuronkernel.kernel.jshell.Evaluator;
import io.github.neuronkernel.kernel.widgets.CellRunner;
import io.github.neuronkernel.kernel.widgets.Failure;
import io.github.neuronkernel.kernel.widgets.WidgetManager;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.reply.CompleteReply;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.reply.InspectReply;
import io.github.spencerpark.jupyter.messages.reply.IsCompleteReply;
import io.github.spencerpark.jupyter.messages.request.CompleteRequest;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import io.github.spencerpark.jupyter.messages.request.InspectRequest;
import io.github.spencerpark.jupyter.messages.request.IsCompleteRequest;
import io.github.spencerpark.jupyter.messages.request.ShutdownRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The Jupyter side of the kernel: answers the shell and control requests with the {@link Evaluator}
 * (JShell) and publishes cells' output. Uses the base kernel's messages, sockets and signing; the
 * request loops are this kernel's own ({@link KernelConnection}).
 */
public final class NeuronKernel extends BaseKernel {
    private static final Logger LOG = Logger.getLogger(NeuronKernel.class.getName());
    /** The kernel's version, as in kernel_info. */
    public static final String VERSION = io.github.neuronkernel.kernel.Version.get();

    private final CompletableFuture<Evaluator> evaluator;
    private final CurrentRequest current;
    private final QueueAbort abort;
    private final Runnable flushStreams;
    private final Runnable exit;
    private final History history = new History();
    private final CountDownLatch infoSent = new CountDownLatch(1);
    private final CommRouter comms;

    /**
     * @param evaluator the evaluator, being started in the background
     * @param current where the running request is kept for output routing
     * @param abort set when a failing cell asks for the queued cells to be aborted
     * @param flushStreams publishes pending stdout/stderr when a cell ends (and says how much output
     *     an interrupted cell left out)
     * @param exit ends the process (after the shutdown reply has gone)
     * @param widgets the widgets that cells' {@code interact} shows, whose comms this kernel serves
     */
    NeuronKernel(CompletableFuture<Evaluator> evaluator, CurrentRequest current, QueueAbort abort,
            Runnable flushStreams, Runnable exit, WidgetManager widgets) {
        this.evaluator = evaluator;
        this.current = current;
        this.abort = abort;
        this.flushStreams = flushStreams;
        this.exit = exit;
        this.comms = new CommRouter(widgets, current, this::runWidgetModel);
    }

    /** Waits until the first kernel_info_reply has gone out, or {@code millis}, whichever is first. */
    void awaitFirstKernelInfo(long millis) {
        try {
            infoSent.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @return the shell channel's dispatcher: widgets' models run again when the shell has no
     *     request queued, or before the next cell
     */
    Dispatcher shellDispatcher() {
        return new Dispatcher() {
            @Override
            public void accept(Request r) {
                MessageType<?> type = r.message().getHeader().getType();
                if (CommRouter.handles(type)) {
                    // busy and idle its own way: a change that runs a model is busy until it has run
                    comms.handle(r);
                    return;
                }
                if (type == MessageType.EXECUTE_REQUEST) {
                    comms.runPending(); // a slider moved before this cell: its run comes first
                }
                dispatch(r);
            }

            @Override
            public boolean hasDeferred() {
                return comms.hasPending();
            }

            @Override
            public void runDeferred() {
                comms.runPending();
            }
        };
    }

    /**
     * @return the control channel's dispatcher (interrupts and shutdown while a cell runs); comm
     *     messages belong on the shell channel and are ignored here
     */
    Dispatcher controlDispatcher() {
        return this::dispatch;
    }

    /** Runs a widget's model as a cell runs (alone, interruptible); its failure as a cell's. */
    private CellRunner.Outcome runWidgetModel(Supplier<Object> work) {
        CellOutcome outcome;
        try {
            outcome = ready().call(work::get);
        } catch (Exception e) {
            return new CellRunner.Outcome(null, new Failure(e.getClass().getName(), "the kernel failed: " + e.getMessage(),
                    List.of(e.toString())));
        }
        if (outcome.failed()) {
            CellError e = outcome.error();
            return new CellRunner.Outcome(null, new Failure(e.ename(), e.evalue(), e.traceback()));
        }
        return new CellRunner.Outcome(outcome.value(), null);
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        throw new UnsupportedOperationException("NeuronKernel serves a KernelConnection through its dispatchers");
    }

    private void dispatch(Request r) {
        MessageType<?> type = r.message().getHeader().getType();
        if (type == MessageType.UNKNOWN) {
            LOG.warning("ignored a request of unknown type");
            return;
        }
        r.busy();
        try {
            if (type == MessageType.EXECUTE_REQUEST) {
                execute(r);
            } else if (type == MessageType.KERNEL_INFO_REQUEST) {
                r.reply(MessageType.KERNEL_INFO_REPLY, kernelInfo());
                infoSent.countDown();
            } else if (type == MessageType.COMPLETE_REQUEST) {
                complete(r);
            } else if (type == MessageType.INSPECT_REQUEST) {
                inspect(r);
            } else if (type == MessageType.IS_COMPLETE_REQUEST) {
                isComplete(r);
            } else if (type == MessageType.HISTORY_REQUEST) {
                history(r);
            } else if (type == MessageType.INTERRUPT_REQUEST) {
                interrupt(); // at once: the reply waits for IOPub, which a cell may be flooding
                r.reply(MessageType.INTERRUPT_REPLY, Map.of("status", "ok"));
            } else if (type == MessageType.SHUTDOWN_REQUEST) {
                shutdown(r);
                return;
            } else {
                LOG.fine("ignored " + type.getName());
            }
        } finally {
            r.idle();
        }
    }

    private Map<String, Object> kernelInfo() {
        Map<String, Object> language = new LinkedHashMap<>();
        language.put("name", "java");
        language.put("version", System.getProperty("java.version"));
        language.put("mimetype", "text/x-java-source");
        language.put("file_extension", ".jshell");
        language.put("pygments_lexer", "java");
        language.put("codemirror_mode", "text/x-java");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("status", "ok");
        info.put("protocol_version", Header.PROTOCOL_VERISON);
        info.put("implementation", "neuron-java");
        info.put("implementation_version", VERSION);
        info.put("language_info", language);
        info.put("banner", getBanner());
        // our own API is documented in the cells (name?, Shift-Tab, h.help("hh")) and, when install.sh
        // installed it, as Javadoc beside the kernel; the others are what it builds on
        List<Map<String, String>> links = new ArrayList<>();
        HelpLinks.apiDocs().ifPresent(url -> links.add(Map.of("text", "neuron-kernel API (Javadoc)", "url", url)));
        links.add(Map.of("text", "NEURON 8.2 (the names h follows)", "url", "https://nrn.readthedocs.io/en/8.2.2/"));
        links.add(Map.of("text", "Java 17 API", "url", "https://docs.oracle.com/en/java/javase/17/docs/api/"));
        links.add(Map.of("text", "XChart (the charts plot returns)", "url", "https://knowm.org/open-source/xchart/"));
        info.put("help_links", links);
        return info;
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("java")
                .version(System.getProperty("java.version"))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "Neuron simulation in Java " + System.getProperty("java.version")
                + " (JShell). `h` is the simulation; every batchRun is drawn.";
    }

    private void execute(Request r) {
        if (abort.active()) {
            // Queued behind a failed cell: not run, no execute_input, no execution count used.
            LOG.info("aborted an execute request queued behind a failed cell");
            r.replyAborted(ExecuteReply.MESSAGE_TYPE);
            return;
        }
        ExecuteRequest request = r.content();
        boolean silent = request.isSilent();
        int count = silent ? executionCount.get() : executionCount.getAndIncrement();
        if (!silent) {
            r.publish(new PublishExecuteInput(request.getCode(), count));
        }
        if (request.shouldStoreHistory() && !silent) {
            history.add(count, request.getCode());
        }
        current.set(r.message(), request.isStdinEnabled());
        CellOutcome outcome;
        try {
            outcome = ready().eval(request.getCode(), count);
        } catch (Throwable t) {
            // Not the cell's fault: the kernel itself failed; say so and stay up.
            outcome = new CellOutcome(false, null, null, new CellError(t.getClass().getName(),
                    "the kernel failed: " + t.getMessage(), List.of(t.toString())));
        }
        flushStreams.run();
        if (!outcome.failed() && outcome.hasValue() && !silent) {
            // eval gave a value, so the evaluator started; drawn on a cell thread, so an interrupt stops it
            outcome = evaluator.join().drawValue(outcome);
        }
        if (outcome.failed()) {
            CellError e = outcome.error();
            r.publish(new PublishError(e.ename(), e.evalue(), e.traceback()));
            ErrorReply reply = new ErrorReply(e.ename(), e.evalue(), e.traceback());
            reply.setExecutionCount(count);
            if (request.shouldStopOnError()) {
                abort.begin(); // before the reply: the requests waiting when it goes out are the ones aborted
            }
            r.replyError(ExecuteReply.MESSAGE_TYPE, reply);
            return;
        }
        if (outcome.hasValue() && !silent) {
            MimeBundle bundle = (MimeBundle) outcome.value();
            history.output(count, bundle.plainText());
            DisplayData data = IoPubDisplaySink.toDisplayData(bundle, null);
            r.publish(new PublishExecuteResult(count, data));
        }
        r.reply(new ExecuteReply(count, Map.of()));
    }

    private Evaluator ready() throws Exception {
        try {
            return evaluator.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Java shell could not start: " + e.getCause(), e.getCause());
        }
    }

    private void complete(Request r) {
        CompleteRequest request = r.content();
        String code = request.getCode();
        int cursor = Offsets.toUtf16(code, request.getCursorPos());
        try {
            CodeAssist.Completions c = ready().assist().complete(code, cursor);
            int start = Offsets.toCodePoints(code, c.start());
            int end = Offsets.toCodePoints(code, c.end());
            r.reply(new CompleteReply(c.matches(), start, end, completionMetadata(c, start, end)));
        } catch (Exception e) {
            r.replyError(CompleteReply.MESSAGE_TYPE, ErrorReply.of(e));
        }
    }

    /**
     * @return JupyterLab's {@code _jupyter_types_experimental}: for names inside strings, each
     *     one's kind and unit (shown beside it), so that {@code seg.get("} offers {@code gnabar_hh}
     *     as a parameter in S/cm2
     */
    private static Map<String, Object> completionMetadata(CodeAssist.Completions c, int start, int end) {
        if (c.details().isEmpty()) {
            return Map.of();
        }
        List<Map<String, Object>> types = new ArrayList<>();
        for (CodeAssist.Detail d : c.details()) {
            types.add(Map.of("start", start, "end", end, "text", d.text(), "type", d.type(),
                    "signature", d.signature()));
        }
        return Map.of("_jupyter_types_experimental", types);
    }

    private void inspect(Request r) {
        InspectRequest request = r.content();
        String code = request.getCode();
        try {
            String doc = ready().assist().inspect(code, Offsets.toUtf16(code, request.getCursorPos()));
            DisplayData data = new DisplayData();
            if (doc != null) {
                data.putText(doc);
            }
            r.reply(new InspectReply(doc != null, data));
        } catch (Exception e) {
            r.replyError(InspectReply.MESSAGE_TYPE, ErrorReply.of(e));
        }
    }

    private void isComplete(Request r) {
        IsCompleteRequest request = r.content();
        try {
            CodeAssist assist = ready().assist();
            IsCompleteReply reply = switch (assist.isComplete(request.getCode())) {
                case COMPLETE -> IsCompleteReply.VALID_CODE;
                case INVALID -> IsCompleteReply.INVALID_CODE;
                case UNKNOWN -> IsCompleteReply.UNKNOWN;
                case INCOMPLETE -> IsCompleteReply.getIncompleteReplyWithIndent(assist.indent(request.getCode()));
            };
            r.reply(reply);
        } catch (Exception e) {
            r.reply(IsCompleteReply.UNKNOWN);
        }
    }

    private void history(Request r) {
        HistoryRequest request = r.content();
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> history.tail(((HistoryRequest.Tail) request).getMaxReturnLength());
            case RANGE -> history.range(((HistoryRequest.Range) request).getStart(), ((HistoryRequest.Range) request).getStop());
            case SEARCH -> {
                HistoryRequest.Search s = (HistoryRequest.Search) request;
                yield history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
            }
        };
        boolean withOutput = request.includeOutput();
        List<List<Object>> rows = entries.stream().map(e -> {
            Object entry = e.getInput();
            if (withOutput) {
                // [input, output] pairs when output is asked for; output is null for cells without a value
                entry = java.util.Arrays.asList(e.getInput(), history.output(e.getCellNumber()));
            }
            return java.util.Arrays.asList(e.getSession(), e.getCellNumber(), entry);
        }).toList();
        r.reply(MessageType.HISTORY_REPLY, Map.of("status", "ok", "history", rows));
    }

    private void shutdown(Request r) {
        ShutdownRequest request = r.content();
        r.reply(MessageType.SHUTDOWN_REPLY, Map.of("status", "ok", "restart", request.isRestart()));
        onShutdown(request.isRestart());
        exit.run();
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator.join().interrupt();
        }
    }

    @Override
    public DisplayData eval(String expr) {
        throw new UnsupportedOperationException("cells run through execute requests");
    }

    @Override
    public ReplacementOptions complete(String code, int at) throws Exception {
        CodeAssist.Completions c = ready().assist().complete(code, at);
        return new ReplacementOptions(c.matches(), c.start(), c.end());
    }

    @Override
    public String isComplete(String code) {
        try {
            CodeAssist assist = ready().assist();
            return switch (assist.isComplete(code)) {
                case COMPLETE -> IS_COMPLETE_YES;
                case INVALID -> IS_COMPLETE_BAD;
                case UNKNOWN -> IS_COMPLETE_MAYBE;
                case INCOMPLETE -> assist.indent(code);
            };
        } catch (Exception e) {
            return IS_COMPLETE_MAYBE;
        }
    }
}
