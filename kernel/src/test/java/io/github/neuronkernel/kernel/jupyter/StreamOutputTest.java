package io.github.neuronkernel.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cells' output against a front end that stops reading: batched, never dropped, the writer waits
 * (back-pressure), an interrupt ends the wait and the left-out bytes are counted, and the kernel's
 * own messages never wait. The "front end" is the IOPub thread's sender, which blocks while the
 * client is stalled, exactly as the PUB socket does at its high-water mark with ZMQ_XPUB_NODROP.
 */
class StreamOutputTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final FrontEnd client = new FrontEnd();
    private final IoPub iopub = new IoPub(client);
    private final CurrentRequest current = new CurrentRequest();
    private final StreamOutput out = new StreamOutput(PublishStream.StreamType.OUT, iopub, current, timer);
    private final Message<?> request = new Message<>(new Header<>(ExecuteRequest.MESSAGE_TYPE), null);

    StreamOutputTest() {
        current.set(request, false);
        iopub.start();
    }

    @AfterEach
    void stop() {
        client.resume();
        timer.shutdownNow();
    }

    /** Takes IOPub messages only once resumed; until then the IOPub thread waits in it. */
    static final class FrontEnd implements Consumer<Message<?>> {
        final List<Message<?>> got = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch reading = new CountDownLatch(1);

        @Override
        public void accept(Message<?> m) {
            try {
                reading.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            got.add(m);
        }

        void resume() {
            reading.countDown();
        }

        List<String> texts() {
            synchronized (got) {
                return got.stream().filter(m -> m.getContent() instanceof PublishStream)
                        .map(m -> ((PublishStream) m.getContent()).getText()).toList();
            }
        }

        /** Waits (a hang guard, not a measurement) until {@code n} messages have arrived. */
        void awaitMessages(int n) throws InterruptedException {
            awaitUntil(() -> got.size() >= n, "expected " + n + " messages");
        }

        /** Waits until the last message is {@code status: idle}. */
        void awaitIdle() throws InterruptedException {
            awaitUntil(() -> {
                synchronized (got) {
                    return !got.isEmpty() && got.get(got.size() - 1).getContent() == PublishStatus.IDLE;
                }
            }, "idle never came last");
        }

        long statuses() {
            synchronized (got) {
                return got.stream().filter(m -> m.getContent() instanceof PublishStatus).count();
            }
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier done, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(done.getAsBoolean(), failure);
    }

    /** A cell: prints numbered lines through a PrintStream, as System.out, until interrupted or done. */
    private static final class Printer extends Thread {
        final AtomicLong tried = new AtomicLong();
        final StringBuilder printed = new StringBuilder();
        private final PrintStream stream;
        private final int lines;
        private final int afterInterrupt;

        Printer(StreamOutput out, int lines, int afterInterrupt) {
            this.stream = new PrintStream(out, false, StandardCharsets.UTF_8);
            this.lines = lines;
            this.afterInterrupt = afterInterrupt;
        }

        @Override
        public void run() {
            String pad = "x".repeat(90);
            int i = 0;
            for (; i < lines && !isInterrupted(); i++) {
                print(i + " " + pad);
            }
            for (int j = 0; j < afterInterrupt; j++) {
                print(i + j + " after the interrupt");
            }
        }

        private void print(String line) {
            stream.println(line);
            printed.append(line).append('\n');
            tried.addAndGet(line.length() + 1);
        }
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        awaitUntil(() -> t.getState() == Thread.State.WAITING, "the writer never waited for room");
    }

    @Test
    void aStalledFrontEndMakesTheCellWaitAndLosesNothing() throws Exception {
        Printer cell = new Printer(out, 200_000, 0); // about 19 MiB
        cell.start();
        awaitWaiting(cell); // the budget is full and the front end reads nothing
        assertTrue(cell.tried.get() < 19_000_000, "the cell ran on while the front end read nothing: " + cell.tried);
        client.resume();
        cell.join();
        out.endOfCell();
        iopub.publish(request, PublishStatus.IDLE);
        client.awaitIdle();
        List<String> texts = client.texts();
        assertEquals(cell.printed.toString(), String.join("", texts), "output was lost or reordered");
        // Batched: the old 64 KiB batches made about 300 messages of this; 1 MiB batches about 20.
        assertTrue(texts.size() < 60, texts.size() + " messages");
    }

    @Test
    void anInterruptEndsTheWaitAndSaysExactlyHowMuchWasLeftOut() throws Exception {
        Printer cell = new Printer(out, Integer.MAX_VALUE, 1000);
        cell.start();
        awaitWaiting(cell);
        cell.interrupt();
        cell.join(TimeUnit.SECONDS.toMillis(30)); // ends although the front end still reads nothing
        assertEquals(Thread.State.TERMINATED, cell.getState(), "the interrupted cell still waits");
        out.endOfCell();
        client.resume();
        iopub.publish(request, PublishStatus.IDLE);
        client.awaitIdle();
        String text = String.join("", client.texts());
        int note = text.lastIndexOf("\n[");
        String shown = text.substring(0, note);
        assertTrue(cell.printed.toString().startsWith(shown), "what was shown is not what the cell printed, in order");
        long leftOut = Long.parseLong(text.substring(note + 2, text.indexOf(" bytes", note)).replace(",", ""));
        assertTrue(leftOut > 0, text.substring(note));
        assertEquals(cell.tried.get(), shown.length() + leftOut, "shown + left out is not what the cell printed");
        assertTrue(text.endsWith(" bytes of output left out: the cell was interrupted while the front end was"
                + " still reading its earlier output]" + System.lineSeparator()), text.substring(note));
    }

    @Test
    void theKernelsOwnMessagesNeverWaitForOutput() throws Exception {
        Printer cell = new Printer(out, Integer.MAX_VALUE, 0);
        cell.start();
        awaitWaiting(cell);
        // The control thread answering an interrupt publishes busy and idle while the budget is full.
        Thread control = new Thread(() -> {
            iopub.publish(request, PublishStatus.BUSY);
            iopub.publish(request, PublishStatus.IDLE);
        });
        control.start();
        control.join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(Thread.State.TERMINATED, control.getState(), "a status waited behind the cell's output");
        cell.interrupt();
        cell.join();
        client.resume();
        client.awaitIdle();
        assertEquals(2, client.statuses());
    }

    @Test
    void aLinePrintedAloneIsPublishedWithoutAFlush() throws Exception {
        client.resume();
        PrintStream stream = new PrintStream(out, false, StandardCharsets.UTF_8);
        stream.println("alone");
        client.awaitMessages(1);
        assertEquals(List.of("alone" + System.lineSeparator()), client.texts());
    }

    @Test
    void aCharacterSplitAcrossWritesIsNeverSplitAcrossMessages() throws Exception {
        client.resume();
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8); // three bytes
        out.write(euro, 0, 1);
        out.flush(); // nothing whole to publish yet
        out.write(euro, 1, 2);
        out.flush();
        client.awaitMessages(1);
        assertEquals(List.of("\u20ac"), client.texts());
    }
}
