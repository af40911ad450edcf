package io.github.neuronkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zeromq.ZMsg;

/**
 * The real kernel process against a hostile or hurried peer: stop_on_error (queued cells aborted
 * after a failure, as ipykernel does), replayed messages, a flood of wrongly signed messages
 * that must stay out of the cell's output, and badly framed messages on stdin that must not cost
 * the typed input after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelWireTest {
    KernelClient k;

    @BeforeAll
    void start() throws Exception {
        k = new KernelClient();
    }

    @AfterAll
    void stop() throws Exception {
        k.close();
    }

    @Test
    void cellsQueuedBehindAFailingCellAreAbortedAndDoNotRun() {
        List<String> ids = sendThree(true, "a");
        Map<String, KernelClient.Result> results = collect(ids);
        assertEquals("error", results.get(ids.get(0)).status());
        for (String id : ids.subList(1, 3)) {
            KernelClient.Result r = results.get(id);
            assertEquals("aborted", r.status(), r.reply().toString());
            assertEquals("aborted", r.reply().getAsJsonObject("metadata").get("status").getAsString());
            assertTrue(r.of("execute_input").isEmpty(), "an aborted cell was announced as running");
            assertEquals(List.of("status", "status"), r.iopub().stream().map(KernelClient::type).toList());
        }
        assertFalse(Files.exists(k.dir.resolve("second-a.txt")), "the second queued cell ran");
        assertFalse(Files.exists(k.dir.resolve("third-a.txt")), "the third queued cell ran");
        // The abort ends with the queue: the next request runs.
        assertEquals("ok", k.execute("int afterAbort = 1;").status());
    }

    @Test
    void withStopOnErrorFalseQueuedCellsRun() {
        List<String> ids = sendThree(false, "b");
        Map<String, KernelClient.Result> results = collect(ids);
        assertEquals("error", results.get(ids.get(0)).status());
        assertEquals("ok", results.get(ids.get(1)).status());
        assertEquals("ok", results.get(ids.get(2)).status());
        assertTrue(Files.exists(k.dir.resolve("second-b.txt")));
        assertTrue(Files.exists(k.dir.resolve("third-b.txt")));
    }

    /** A failing cell (after 300 ms, so the others are queued by then) and two that create a file. */
    private List<String> sendThree(boolean stopOnError, String tag) {
        List<String> ids = new ArrayList<>();
        String[] cells = {
            "Thread.sleep(300);\nint z = 0;\nint fails = 1 / z;",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"second-" + tag + ".txt\"), \"ran\");",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"third-" + tag + ".txt\"), \"ran\");",
        };
        for (String code : cells) {
            JsonObject content = KernelClient.executeContent(code, false);
            content.addProperty("stop_on_error", stopOnError);
            ids.add(k.send(k.shell, "execute_request", content));
        }
        return ids;
    }

    /** The replies to {@code ids} and each one's IOPub messages up to its idle. */
    private Map<String, KernelClient.Result> collect(List<String> ids) {
        Map<String, JsonObject> replies = new HashMap<>();
        while (replies.size() < ids.size()) {
            JsonObject reply = k.receive(k.shell, Duration.ofSeconds(30));
            assertNotNull(reply, "missing replies; got " + replies.keySet() + "; log:\n" + k.kernelLog());
            String parent = reply.getAsJsonObject("parent_header").get("msg_id").getAsString();
            if (ids.contains(parent)) { // not a late reply to an earlier test's request
                replies.put(parent, reply);
            }
        }
        Map<String, List<JsonObject>> published = new HashMap<>();
        int idle = 0;
        while (idle < ids.size()) {
            JsonObject m = k.receive(k.iopub, Duration.ofSeconds(10));
            assertNotNull(m, "missing idle statuses: " + published);
            JsonObject parent = m.getAsJsonObject("parent_header");
            if (!parent.has("msg_id") || !ids.contains(parent.get("msg_id").getAsString())) {
                continue;
            }
            published.computeIfAbsent(parent.get("msg_id").getAsString(), x -> new ArrayList<>()).add(m);
            if (KernelClient.type(m).equals("status")
                    && m.getAsJsonObject("content").get("execution_state").getAsString().equals("idle")) {
                idle++;
            }
        }
        Map<String, KernelClient.Result> results = new HashMap<>();
        for (String id : ids) {
            results.put(id, new KernelClient.Result(replies.get(id), published.get(id)));
        }
        return results;
    }

    @Test
    void aReplayedMessageIsDroppedAndLogged() throws Exception {
        assertEquals("ok", k.execute("int replays = 0;").status());
        String id = UUID.randomUUID().toString();
        String header = k.header("execute_request", id).toString();
        String content = KernelClient.executeContent("replays++;", false).toString();
        k.sendRaw(k.shell, header, "{}", "{}", content, null);
        k.await(k.shell, id, Duration.ofSeconds(10));
        k.sendRaw(k.shell, header, "{}", "{}", content, null); // the same frames, byte for byte
        assertNull(k.receive(k.shell, Duration.ofMillis(500)), "the replay got a reply");
        var r = k.execute("replays");
        assertEquals("1", r.of("execute_result").get(0).getAsJsonObject("content")
                .getAsJsonObject("data").get("text/plain").getAsString(), "the replay ran the cell again");
        assertTrue(k.kernelLog().contains("replayed message"), k.kernelLog());
    }

    @Test
    void wronglySignedMessagesNeverReachTheCellsOutput() throws Exception {
        String id = k.send(k.shell, "execute_request", KernelClient.executeContent(
                "System.out.println(\"start\");\nThread.sleep(1500);\nSystem.out.println(\"end\");", false));
        Thread.sleep(300); // the cell runs: System.err is its stream now
        JsonObject header = k.header("kernel_info_request", "forged").getAsJsonObject();
        for (int i = 0; i < 1000; i++) {
            // control is served while the cell runs; shell's are read right after it ends
            k.sendRaw(k.control, header.toString(), "{}", "{}", "{}", "0000bad" + i);
            k.sendRaw(k.shell, header.toString(), "{}", "{}", "{}", "0000bad" + i);
        }
        var r = k.await(k.shell, id, Duration.ofSeconds(30));
        assertEquals("start\nend\n", r.stdout());
        assertEquals(List.of(), r.of("stream").stream().filter(m -> !m.getAsJsonObject("content")
                .get("name").getAsString().equals("stdout")).toList());
        // Anything printed under the cell after it ended would still be published with it as parent.
        List<JsonObject> late = new ArrayList<>();
        long until = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < until) {
            JsonObject m = k.receive(k.iopub, Duration.ofMillis(100));
            if (m != null && KernelClient.type(m).equals("stream")) {
                late.add(m);
            }
        }
        assertEquals(List.of(), late, "rejection warnings went into the cell's output");
        String log = k.kernelLog();
        assertTrue(log.contains("control: dropped a message: wrong signature"), log);
        assertTrue(log.contains("shell: dropped a message: wrong signature"), log);
        assertEquals("ok", k.request(k.control, "kernel_info_request", new JsonObject(), Duration.ofSeconds(10)).status());
    }

    @Test
    void badlyFramedMessagesOnStdinAreDroppedAloneAndTheTypedLinesArrive() {
        String id = k.send(k.shell, "execute_request", KernelClient.executeContent(
                "var in = new java.util.Scanner(System.in);\nin.nextLine() + \"|\" + in.nextLine()", true));
        for (String line : List.of("first", "second")) {
            JsonObject ask = k.receive(k.stdin, Duration.ofSeconds(30));
            assertNotNull(ask, "no input_request; log:\n" + k.kernelLog());
            assertEquals("input_request", KernelClient.type(ask));
            // On the reply's own connection, so that they reach the kernel before it.
            String header = k.header("input_reply", UUID.randomUUID().toString()).toString();
            ZMsg shortMessage = new ZMsg();
            shortMessage.add("<IDS|MSG>");
            shortMessage.add("0000");
            shortMessage.add(header); // three frames where six are due
            shortMessage.send(k.stdin);
            k.sendRaw(k.stdin, header, "{}", "{}", "{\"value\": \"forged\"}", "0000bad");
            k.sendRaw(k.stdin, header, "{}", "{}", "{\"value\": ", null); // signed, but not JSON
            JsonObject reply = new JsonObject();
            reply.addProperty("value", line);
            k.send(k.stdin, "input_reply", reply);
        }
        var r = k.await(k.shell, id, Duration.ofSeconds(30));
        assertEquals("ok", r.status(), r.reply().toString());
        assertEquals("\"first|second\"", r.of("execute_result").get(0).getAsJsonObject("content")
                .getAsJsonObject("data").get("text/plain").getAsString());
        String log = k.kernelLog();
        for (String reason : List.of("too few frames", "wrong signature", "does not parse")) {
            assertTrue(log.contains("stdin: dropped a message: " + reason), reason + " not logged:\n" + log);
        }
    }
}
