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
 * @param socket the shell or control socket the request came on
 * @param message the request
 * @param iopub where side effects are published
 */
record Request(JupyterSocket socket, Message<?> message, IoPub iopub) {
    /** Publishes {@code status: busy}. */
    void busy() {
        iopub.publish(message, PublishStatus.BUSY);
    }

    /** Publishes {@code status: idle}. */
    void idle() {
        iopub.publish(message, PublishStatus.IDLE);
    }

    <T extends ContentType<T>> void publish(T content) {
        iopub.publish(message, content);
    }

    <T extends ContentType<T>> void reply(T content) {
        socket.sendMessage(new Message<>(message, content.getType(), content));
    }

    /**
     * Replies with content built here, for replies whose base-kernel class lacks a field the
     * protocol wants (such as {@code status}).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void reply(MessageType<?> type, java.util.Map<String, Object> content) {
        socket.sendMessage(new Message(message, type, content));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void replyError(MessageType<?> type, ErrorReply error) {
        socket.sendMessage(new Message(message, type, error));
    }

    @SuppressWarnings("unchecked")
    <T> T content() {
        return (T) message.getContent();
    }
}
