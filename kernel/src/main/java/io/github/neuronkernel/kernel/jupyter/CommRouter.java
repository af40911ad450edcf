package io.github.neuronkernel.kernel.jupyter;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.github.neuronkernel.kernel.widgets.CellRunner;
import io.github.neuronkernel.kernel.widgets.Interaction;
import io.github.neuronkernel.kernel.widgets.WidgetManager;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import io.github.spencerpark.jupyter.messages.comm.CommOpenCommand;
import io.github.spencerpark.jupyter.messages.request.CommInfoRequest;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shell channel's comm requests ({@code comm_open}, {@code comm_msg}, {@code comm_close},
 * {@code comm_info_request}), handed to the {@link WidgetManager}.
 *
 * <p>A change that makes a model run again does not run it at once: the run waits until the shell
 * has no request queued ({@link Dispatcher#runDeferred()}), or an execute request comes, so that
 * changes that arrived meanwhile replace it and only the latest values run. The comm messages stay
 * busy until that run has ended: the front end sends a model's next change only after the idle of
 * its last, so it sends the latest value once the kernel is ready for it. Everything here runs on
 * the shell thread.
 */
final class CommRouter {
    private static final Logger LOG = Logger.getLogger(CommRouter.class.getName());
    private static final Type DATA = new TypeToken<Map<String, Object>>() { }.getType();

    private final WidgetManager widgets;
    private final CurrentRequest current;
    private final CellRunner runner;
    /** Interactions to run again, each with the latest request that changed it. */
    private final Map<Interaction, Request> pending = new LinkedHashMap<>();
    /** The comm messages whose change is still to run, to be answered idle once it has. */
    private final List<Request> waiting = new ArrayList<>();

    /**
     * @param widgets the kernel's widgets
     * @param current where output goes; a run's goes under the comm message that asked for it
     * @param runner runs a model as cells run
     */
    CommRouter(WidgetManager widgets, CurrentRequest current, CellRunner runner) {
        this.widgets = widgets;
        this.current = current;
        this.runner = runner;
    }

    /** @return whether the request is one of the comm requests handled here */
    static boolean handles(MessageType<?> type) {
        return type == MessageType.COMM_OPEN_COMMAND || type == MessageType.COMM_MSG_COMMAND || type == MessageType.COMM_CLOSE_COMMAND
                || type == MessageType.COMM_INFO_REQUEST;
    }

    /** Handles a comm request; a comm message that makes a model run again stays busy until it has. */
    void handle(Request r) {
        MessageType<?> type = r.message().getHeader().getType();
        r.busy();
        try {
            if (type == MessageType.COMM_MSG_COMMAND) {
                if (message(r)) {
                    return; // idle once its run has ended
                }
            } else if (type == MessageType.COMM_OPEN_COMMAND) {
                open(r);
            } else if (type == MessageType.COMM_CLOSE_COMMAND) {
                CommCloseCommand close = r.content();
                widgets.closed(close.getCommID());
            } else {
                info(r);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not handle " + type.getName(), e);
        }
        r.idle();
    }

    private void open(Request r) {
        CommOpenCommand open = r.content();
        WidgetManager.Received received = widgets.opened(open.getCommID(), open.getTargetName());
        if (!received.known()) {
            // the protocol's answer to a target the kernel does not have: close it at once
            r.publish(new CommCloseCommand(open.getCommID(), new JsonObject()));
            return;
        }
        reply(r, open.getCommID(), received);
    }

    /** @return whether a run is now pending for it */
    private boolean message(Request r) {
        CommMsgCommand msg = r.content();
        Map<String, Object> data = msg.getData() == null ? Map.of() : IoPubComms.JSON.fromJson(msg.getData(), DATA);
        WidgetManager.Received received = widgets.received(msg.getCommID(), data);
        if (!received.known()) {
            LOG.fine("comm_msg for an unknown comm " + msg.getCommID());
            return false;
        }
        reply(r, msg.getCommID(), received);
        if (received.changed().isEmpty()) {
            return false;
        }
        for (Interaction ia : received.changed()) {
            pending.put(ia, r);
        }
        waiting.add(r);
        return true;
    }

    private static void reply(Request r, String commId, WidgetManager.Received received) {
        for (Map<String, Object> data : received.replies()) {
            r.publish(new CommMsgCommand(commId, IoPubComms.json(data)));
        }
    }

    private void info(Request r) {
        CommInfoRequest request = r.content();
        Map<String, Object> comms = new LinkedHashMap<>();
        widgets.comms(request.getTargetName()).forEach((id, target) -> comms.put(id, Map.of("target_name", target)));
        r.reply(MessageType.COMM_INFO_REPLY, Map.of("status", "ok", "comms", comms));
    }

    /** @return whether a model waits to run again */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /**
     * Runs the models whose controls changed, each once with the latest values, under the latest
     * comm message that changed it; then answers every waiting comm message idle.
     */
    void runPending() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Interaction, Request> runs = new LinkedHashMap<>(pending);
        List<Request> answered = new ArrayList<>(waiting);
        pending.clear();
        waiting.clear();
        MessageContext before = current.context();
        boolean stdinBefore = current.stdinAllowed();
        try {
            for (Map.Entry<Interaction, Request> run : runs.entrySet()) {
                current.set(run.getValue().message(), false);
                try {
                    widgets.rerun(run.getKey(), runner);
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, "could not run " + run.getKey() + " again", e);
                }
            }
        } finally {
            // threads a cell started print under that cell again
            current.set(before, stdinBefore);
            answered.forEach(Request::idle);
        }
    }
}
