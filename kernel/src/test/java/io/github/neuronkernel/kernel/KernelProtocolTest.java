package io.github.neuronkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real kernel process over ZMQ: execution, output, errors, assistance, interrupts, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelProtocolTest {
    static final String SEED = String.join("\n",
            "var soma = h.Section(\"soma\");",
            "soma.L = 10;",
            "soma.diam = 10;",
            "soma.insert(\"hh\");",
            "var iclamp = h.IClamp(soma.at(0.5));",
            "iclamp.dur = 0.2;",
            "iclamp.delay = 0.3;",
            "iclamp.amp = 0.5;",
            "h.batchSave();",
            "h.batchSave(h.ref(\"t\"), soma.at(0.5).ref(\"v\"));",
            "h.finitialize(-65);",
            "h.batchRun(2, 0.1, \"hhsim.dat\", \"My HH sim\");");

    KernelClient k;

    @BeforeAll
    void start() throws Exception {
        k = new KernelClient();
    }

    @AfterAll
    void stop() throws Exception {
        k.close();
    }

    private static String text(JsonObject message, String mime) {
        JsonObject data = message.getAsJsonObject("content").getAsJsonObject("data");
        return data.has(mime) ? data.get(mime).getAsString() : null;
    }

    @Test
    void kernelInfoNamesJava() {
        var r = k.request(k.shell, "kernel_info_request", new JsonObject(), Duration.ofSeconds(10));
        assertEquals("java", r.content().getAsJsonObject("language_info").get("name").getAsString());
        assertEquals("neuron-java", r.content().get("implementation").getAsString());
    }

    @Test
    void stateAndValuesPersistAcrossCells() {
        assertEquals("ok", k.execute("int base = 20;\nint twice(int v) { return 2 * v; }").status());
        var r = k.execute("twice(base) + 1");
        assertEquals("ok", r.status());
        assertEquals("41", text(r.of("execute_result").get(0), "text/plain"));
        // Redefining one method keeps the rest.
        assertEquals("ok", k.execute("int twice(int v) { return 3 * v; }").status());
        assertEquals("61", text(k.execute("twice(base) + 1").of("execute_result").get(0), "text/plain"));
        assertTrue(k.execute("int quiet = 1;").of("execute_result").isEmpty(), "declarations show no value");
    }

    @Test
    void outputStreamsWhileTheCellRuns() {
        String id = k.send(k.shell, "execute_request", KernelClient.executeContent(
                "System.out.println(\"first\");\nThread.sleep(1500);\nSystem.err.println(\"second\");", false));
        // "first" must arrive long before the cell ends.
        JsonObject m;
        long start = System.nanoTime();
        do {
            m = k.receive(k.iopub, Duration.ofSeconds(5));
            assertNotNull(m, "no stream while the cell ran");
        } while (!KernelClient.type(m).equals("stream"));
        assertTrue((System.nanoTime() - start) / 1e6 < 1000, "stdout came only at the end");
        assertEquals("first\n", m.getAsJsonObject("content").get("text").getAsString());
        var r = k.await(k.shell, id, Duration.ofSeconds(10));
        assertEquals("ok", r.status());
        assertEquals("stderr", r.of("stream").get(0).getAsJsonObject("content").get("name").getAsString());
    }

    @Test
    void threadsStartedByTheCellPrintToo() {
        var r = k.execute("var th = new Thread(() -> System.out.println(\"from a thread\"));\nth.start(); th.join();");
        assertEquals("from a thread\n", r.stdout());
    }

    @Test
    void runtimeErrorNamesRealClassAndCellLine() {
        var r = k.execute("int zero = 0;\nint q = 7 / zero;");
        assertEquals("error", r.status());
        List<JsonObject> errors = r.of("error");
        assertEquals(1, errors.size(), "exactly one error output");
        JsonObject e = errors.get(0).getAsJsonObject("content");
        assertEquals("java.lang.ArithmeticException", e.get("ename").getAsString());
        assertEquals("/ by zero", e.get("evalue").getAsString());
        String tb = e.get("traceback").toString();
        assertTrue(tb.contains("line 2"), tb);
        assertTrue(tb.contains("7 / zero"), tb);
        assertFalse(tb.contains("jshell") || tb.contains("neuronkernel.kernel") || tb.contains("reflect"), tb);
        assertEquals("java.lang.ArithmeticException", r.content().get("ename").getAsString());
    }

    @Test
    void engineMistakeIsIllegalArgument() {
        var r = k.execute("var s = h.Section(\"bad\");\nh.finitialize(Double.NaN);");
        JsonObject e = r.of("error").get(0).getAsJsonObject("content");
        assertEquals("java.lang.IllegalArgumentException", e.get("ename").getAsString());
        assertTrue(e.get("traceback").toString().contains("line 2"));
    }

    @Test
    void compileErrorShowsMessageLineAndCaret() {
        var r = k.execute("int ok = 1;\nString s = 42;");
        assertEquals("error", r.status());
        assertEquals(1, r.of("error").size());
        JsonObject e = r.of("error").get(0).getAsJsonObject("content");
        assertEquals("CompilationError", e.get("ename").getAsString());
        assertTrue(e.get("evalue").getAsString().contains("incompatible types"), e.toString());
        var tb = e.getAsJsonArray("traceback");
        assertTrue(tb.get(0).getAsString().contains("line 2"), tb.toString());
        assertEquals("    String s = 42;", tb.get(1).getAsString());
        assertTrue(tb.get(2).getAsString().contains("^"));
    }

    @Test
    void seedCellShowsItsChart() throws Exception {
        var r = k.execute(SEED);
        assertEquals("ok", r.status(), r.toString());
        List<JsonObject> displays = r.of("display_data");
        assertEquals(1, displays.size());
        String png = text(displays.get(0), "image/png");
        assertNotNull(png);
        assertTrue(java.util.Base64.getDecoder().decode(png).length > 1000);
        assertTrue(text(displays.get(0), "text/plain").contains("My HH sim"));
        assertTrue(Files.readString(k.dir.resolve("hhsim.dat")).startsWith("My HH sim"));
    }

    @Test
    void chartAsValueIsAnImage() {
        var r = k.execute("plot(new double[] {0, 1, 2}, new double[] {1, 4, 9})");
        assertNotNull(text(r.of("execute_result").get(0), "image/png"));
        var m = k.execute("markdown(\"**bold**\")");
        assertEquals("**bold**", text(m.of("execute_result").get(0), "text/markdown"));
    }

    @Test
    void displayWithIdCanBeUpdated() {
        var r = k.execute("var id = display(html(\"<i>one</i>\"));\nupdateDisplay(id, html(\"<b>two</b>\"));");
        assertEquals(1, r.of("display_data").size());
        assertEquals(1, r.of("update_display_data").size());
        assertEquals("<b>two</b>", text(r.of("update_display_data").get(0), "text/html"));
    }

    @Test
    void displayAsACellsValueShowsItsContentOnce() {
        var r = k.execute("display(html(\"<i>once</i>\"))");
        assertEquals(1, r.of("display_data").size());
        assertEquals(0, r.of("execute_result").size(), "the display's id is not shown as the cell's value");
    }

    @Test
    void completionOffersEngineMembers() {
        JsonObject c = new JsonObject();
        c.addProperty("code", "h.batch");
        c.addProperty("cursor_pos", 7);
        var r = k.request(k.shell, "complete_request", c, Duration.ofSeconds(10));
        assertTrue(r.content().getAsJsonArray("matches").toString().contains("batchRun("), r.content().toString());
        assertEquals(2, r.content().get("cursor_start").getAsInt());
        assertEquals(7, r.content().get("cursor_end").getAsInt());
    }

    @Test
    void inspectionShowsSignatureAndTheEnginesJavadocWithUnits() {
        JsonObject c = new JsonObject();
        c.addProperty("code", "h.batchRun");
        c.addProperty("cursor_pos", 10);
        c.addProperty("detail_level", 0);
        var r = k.request(k.shell, "inspect_request", c, Duration.ofSeconds(10));
        assertTrue(r.content().get("found").getAsBoolean(), r.content().toString());
        String text = r.content().getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(text.contains("batchRun(double tstop"), text);
        assertTrue(text.contains("@param tstop stop time (ms)"), text);
    }

    @Test
    void isCompleteForMultiLineInput() {
        assertEquals("incomplete", isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("complete", isComplete("for (int i = 0; i < 3; i++) {\n  System.out.println(i);\n}"));
        assertEquals("complete", isComplete("int a = 1"));
        assertEquals("invalid", isComplete("int a = 1;)"));
    }

    private String isComplete(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        return k.request(k.shell, "is_complete_request", c, Duration.ofSeconds(10)).content().get("status").getAsString();
    }

    @Test
    void historyIsAnswered() {
        k.execute("int remembered = 5;");
        JsonObject c = new JsonObject();
        c.addProperty("output", false);
        c.addProperty("raw", true);
        c.addProperty("hist_access_type", "tail");
        c.addProperty("n", 3);
        var r = k.request(k.shell, "history_request", c, Duration.ofSeconds(10));
        assertTrue(r.content().getAsJsonArray("history").toString().contains("int remembered = 5;"), r.content().toString());
    }

    @Test
    void interruptStopsBusyLoopWithinASecond() {
        k.execute("int kept = 7;");
        String id = k.send(k.shell, "execute_request", KernelClient.executeContent("long n = 0;\nwhile (true) { n++; }", false));
        sleep(500);
        long t0 = System.nanoTime();
        k.request(k.control, "interrupt_request", new JsonObject(), Duration.ofSeconds(5));
        var r = k.await(k.shell, id, Duration.ofSeconds(5));
        double ms = (System.nanoTime() - t0) / 1e6;
        assertEquals("error", r.status());
        assertTrue(ms < 1000, "took " + ms + " ms");
        assertEquals("7", text(k.execute("kept").of("execute_result").get(0), "text/plain"));
    }

    @Test
    void interruptStopsLongRunKeepingItsLinesInPartial() throws Exception {
        k.execute("var axon = h.Section(\"axon\"); axon.insert(\"hh\"); axon.nseg = 101;\n"
                + "h.batchSave(); h.batchSave(h.ref(\"t\"), axon.at(0.5).ref(\"v\"));\nh.finitialize(-65);");
        String id = k.send(k.shell, "execute_request", KernelClient.executeContent("h.batchRun(1e7, 1, \"long.dat\", \"long\");", false));
        sleep(700);
        long t0 = System.nanoTime();
        k.request(k.control, "interrupt_request", new JsonObject(), Duration.ofSeconds(5));
        var r = k.await(k.shell, id, Duration.ofSeconds(5));
        double ms = (System.nanoTime() - t0) / 1e6;
        assertTrue(ms < 1000, "took " + ms + " ms");
        JsonObject e = r.of("error").get(0).getAsJsonObject("content");
        assertEquals("io.github.neuronkernel.engine.run.RunInterruptedException", e.get("ename").getAsString());
        String evalue = e.get("evalue").getAsString();
        assertTrue(evalue.contains("interrupted at t ="), e.toString());
        assertTrue(evalue.contains("long.dat was not created") && evalue.contains("before the failure are in long.dat.partial"),
                evalue);
        assertFalse(Files.exists(k.dir.resolve("long.dat")), "only a completed run writes its file");
        try (var files = Files.list(k.dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
        List<String> lines = Files.readAllLines(k.dir.resolve("long.dat.partial"));
        String last = lines.get(lines.size() - 1).strip();
        assertTrue(lines.size() > 3 && last.split("\\s+").length == lines.get(3).strip().split("\\s+").length,
                "file ends with a whole line: " + lines.get(3) + " / " + last);
    }

    @Test
    void systemExitDoesNotEndTheKernel() {
        var r = k.execute("System.exit(3);");
        assertEquals("java.lang.SecurityException", r.of("error").get(0).getAsJsonObject("content").get("ename").getAsString());
        assertEquals("2", text(k.execute("1 + 1").of("execute_result").get(0), "text/plain"));
    }

    @Test
    void stackOverflowAndOutOfMemoryLeaveItUsable() {
        var so = k.execute("int deep(int n) { return deep(n + 1) + 1; }\ndeep(0);");
        assertEquals("java.lang.StackOverflowError", so.content().get("ename").getAsString());
        var oom = k.execute("long[][] hog = new long[100000][];\nfor (int i = 0; i < hog.length; i++) hog[i] = new long[10_000_000];");
        assertEquals("java.lang.OutOfMemoryError", oom.content().get("ename").getAsString());
        // started without the launcher: the cap is -Xmx's, and the traceback says how to raise it
        assertTrue(oom.content().getAsJsonArray("traceback").toString()
                .contains("This JVM's heap is capped at 1.0 GB; java's -Xmx option sets the cap (e.g. -Xmx2g)."),
                oom.content().toString());
        k.execute("hog = null;");
        assertEquals("2", text(k.execute("1 + 1").of("execute_result").get(0), "text/plain"));
    }

    @Test
    void badSignatureAndMalformedJsonAreRejectedAndServingGoesOn() {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", "bad-1");
        header.addProperty("msg_type", "kernel_info_request");
        header.addProperty("session", "x");
        header.addProperty("username", "x");
        header.addProperty("version", "5.3");
        k.sendRaw(k.shell, header.toString(), "{}", "{}", "{}", "0000bad");
        assertNull(k.receive(k.shell, Duration.ofMillis(300)), "a wrongly signed request got a reply");
        k.sendRaw(k.shell, "{not json", "{}", "{}", "{}", null);
        assertNull(k.receive(k.shell, Duration.ofMillis(300)));
        var r = k.request(k.shell, "kernel_info_request", new JsonObject(), Duration.ofSeconds(5));
        assertEquals("ok", r.status());
    }

    @Test
    void inputIsAskedFromTheFrontEnd() {
        String id = k.send(k.shell, "execute_request",
                KernelClient.executeContent("new java.util.Scanner(System.in).nextLine().toUpperCase()", true));
        JsonObject ask = k.receive(k.stdin, Duration.ofSeconds(10));
        assertNotNull(ask);
        assertEquals("input_request", KernelClient.type(ask));
        JsonObject reply = new JsonObject();
        reply.addProperty("value", "hello");
        k.send(k.stdin, "input_reply", reply);
        var r = k.await(k.shell, id, Duration.ofSeconds(10));
        assertEquals("\"HELLO\"", text(r.of("execute_result").get(0), "text/plain"));
    }

    @Test
    void interruptEndsAWaitForInputAndALateReplyIsNotTakenForTheNextLine() {
        k.execute("int beforeInput = 11;");
        String id = k.send(k.shell, "execute_request", KernelClient.executeContent(
                "new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine()", true));
        JsonObject ask = k.receive(k.stdin, Duration.ofSeconds(10));
        assertNotNull(ask);
        long t0 = System.nanoTime();
        k.send(k.control, "interrupt_request", new JsonObject()); // its own IOPub is skipped by the await below
        var r = k.await(k.shell, id, Duration.ofSeconds(5));
        double ms = (System.nanoTime() - t0) / 1e6;
        assertTrue(ms < 1000, "took " + ms + " ms");
        assertEquals("error", r.status());
        assertEquals("java.io.InterruptedIOException", r.of("error").get(0).getAsJsonObject("content").get("ename").getAsString());

        JsonObject late = new JsonObject();
        late.addProperty("value", "too late");
        k.send(k.stdin, "input_reply", late);
        sleep(200);
        String next = k.send(k.shell, "execute_request",
                KernelClient.executeContent("new java.util.Scanner(System.in).nextLine() + beforeInput", true));
        JsonObject askAgain = k.receive(k.stdin, Duration.ofSeconds(10));
        assertNotNull(askAgain);
        JsonObject answer = new JsonObject();
        answer.addProperty("value", "fresh");
        k.send(k.stdin, "input_reply", answer);
        var r2 = k.await(k.shell, next, Duration.ofSeconds(10));
        assertEquals("\"fresh11\"", text(r2.of("execute_result").get(0), "text/plain"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
