package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;

/**
 * One request being handled: replies go back on the socket it came from (only ever used by that
 * socket's thread), everything else through {@link IoPub} with the request as parent.
 *
 * <p>A reply is the request's last word: before it goes, {@code status: idle} is published and
 * every IOPub message of the request is handed to ZMQ. A client that reads the reply and then
 * drains IOPub (as jupyter_kernel_test does, allowing 0.1 s per message) finds the outputs and the
 * idle status already sent, however loaded the machine and late the IOPub thread.
 */
final class Request {
    /** The longest a reply waits for IOPub to send what was published before it. */
    static final long IOPUB_DRAIN_MS = 400; // with the shutdown's own 500 ms drain, still under 1 s

    private final JupyterSocket socket;
    private final Message<?> message;
    private final IoPub iopub;
    private final Runnable beforeReply;
    private boolean idle;

    /**
     * @param socket the shell or control socket the request came on
     * @param message the request
     * @param iopub where side effects are published
     * @param beforeReply run just before the reply goes out (the channel takes the requests
     *     waiting then, if this request began an abort)
     */
    Request(JupyterSocket socket, Message<?> message, IoPub iopub, Runnable beforeReply) {
        this.socket = socket;
        this.message = message;
        this.iopub = iopub;
        this.beforeReply = beforeReply;
    }

    /** @return the request */
    Message<?> message() {
        return message;
    }

    /** Publishes {@code status: busy}. */
    void busy() {
        iopub.publish(message, PublishStatus.BUSY);
    }

    /** Publishes {@code status: idle}, once. */
    void idle() {
        if (!idle) {
            idle = true;
            iopub.publish(message, PublishStatus.IDLE);
        }
    }

    <T extends ContentType<T>> void publish(T content) {
        iopub.publish(message, content);
    }

    <T extends ContentType<T>> void reply(T content) {
        send(new Message<>(message, content.getType(), content));
    }

    /**
     * Replies with content built here, for replies whose base-kernel class lacks a field the
     * protocol wants (such as {@code status}).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void reply(MessageType<?> type, java.util.Map<String, Object> content) {
        send(new Message(message, type, content));
    }

    /**
     * Answers the request {@code status: "aborted"} without handling it (stop_on_error), in
     * content and metadata as ipykernel does, so front ends mark the cell as not run.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void replyAborted(MessageType<?> type) {
        java.util.Map<String, Object> status = java.util.Map.of("status", "aborted");
        send(new Message(message, type, status, null, new java.util.LinkedHashMap<>(status)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void replyError(MessageType<?> type, ErrorReply error) {
        send(new Message(message, type, error));
    }

    private void send(Message<?> reply) {
        beforeReply.run();
        idle();
        iopub.drain(IOPUB_DRAIN_MS);
        socket.sendMessage(reply);
    }

    @SuppressWarnings("unchecked")
    <T> T content() {
        return (T) message.getContent();
    }
}
