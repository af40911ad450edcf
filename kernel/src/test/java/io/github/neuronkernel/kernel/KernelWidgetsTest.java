package io.github.neuronkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Widgets in the real kernel process over ZMQ, as the classic notebook's widget front end
 * (jupyter-js-widgets 2.1.4) speaks to it: interact's comm_opens and displays, a slider move
 * (comm_msg backbone) redrawing the output in place, moves queued behind a cell running once with
 * the latest value, failures and interrupts of a model, and the version and state requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelWidgetsTest {
    static final String MODEL = String.join("\n",
            "var soma = h.Section(\"soma\");",
            "soma.L = 20; soma.diam = 20; soma.insert(\"pas\");",
            "var stim = h.IClamp(soma.at(0.5));",
            "stim.delay = 1; stim.dur = 20;",
            "var t = h.Vector().record(h.ref(\"t\"));",
            "var v = h.Vector().record(soma.at(0.5).ref(\"v\"));",
            "var runs = new ArrayList<String>();",
            "Plot response(double amp) {",
            "    if (amp > 0.85) throw new IllegalArgumentException(\"amp \" + amp + \" is too large\");",
            "    if (amp > 0.75) { try { Thread.sleep(60_000); } catch (InterruptedException e) { throw new RuntimeException(\"stopped\", e); } }",
            "    runs.add(\"model \" + amp);",
            "    stim.amp = amp; h.finitialize(-65); h.continuerun(10);",
            "    return plot(t, v).title(\"amp \" + amp);",
            "}");

    KernelClient k;

    @BeforeAll
    void start() throws Exception {
        k = new KernelClient();
        assertEquals("ok", k.execute(MODEL).status(), () -> k.kernelLog());
    }

    @AfterAll
    void stop() throws Exception {
        k.close();
    }

    /** An interact with a fresh slider; its messages. */
    private record Shown(String sliderId, String boxId, String displayId, KernelClient.Result result) {}

    private Shown interact() {
        var r = k.execute("interact(amp -> { System.out.println(\"amp is \" + amp); return response(amp); }, slider(\"amp\", 0, 1, 0.05, 0.2))");
        assertEquals("ok", r.status(), () -> r.toString());
        List<JsonObject> opens = r.of("comm_open");
        String displayId = r.of("display_data").stream().map(m -> m.getAsJsonObject("content"))
                .filter(c -> c.has("transient")).findFirst().orElseThrow()
                .getAsJsonObject("transient").get("display_id").getAsString();
        return new Shown(id(opens.get(0)), id(opens.get(1)), displayId, r);
    }

    private static String id(JsonObject commMessage) {
        return commMessage.getAsJsonObject("content").get("comm_id").getAsString();
    }

    private static JsonObject data(JsonObject message) {
        return message.getAsJsonObject("content").getAsJsonObject("data");
    }

    private String move(String sliderId, double value) {
        return k.send(k.shell, "comm_msg", JsonParser.parseString("{\"comm_id\": \"" + sliderId + "\", \"data\": {\"method\":"
                + " \"backbone\", \"sync_data\": {\"value\": " + value + "}, \"buffer_keys\": []}}").getAsJsonObject());
    }

    private static List<JsonObject> of(List<JsonObject> messages, String type) {
        return messages.stream().filter(m -> KernelClient.type(m).equals(type)).toList();
    }

    @Test
    void interactOpensTheSliderAndTheBoxAndShowsTheChart() {
        Shown s = interact();
        List<JsonObject> opens = s.result().of("comm_open");
        assertEquals(2, opens.size());
        JsonObject slider = opens.get(0).getAsJsonObject("content");
        assertEquals("jupyter.widget", slider.get("target_name").getAsString());
        JsonObject state = slider.getAsJsonObject("data");
        assertEquals("FloatSliderModel", state.get("_model_name").getAsString());
        assertEquals("jupyter-js-widgets", state.get("_model_module").getAsString());
        assertEquals("~2.1.4", state.get("_model_module_version").getAsString());
        assertEquals(0.2, state.get("value").getAsDouble());
        assertEquals(0.05, state.get("step").getAsDouble());
        assertEquals("amp", state.get("description").getAsString());
        assertTrue(state.get("slider_color").isJsonNull(), "nulls are sent");
        assertEquals(state.get("value"), state.getAsJsonObject("state").get("value"), "the state again under 'state' (nbclient)");
        assertEquals("[\"IPY_MODEL_" + s.sliderId() + "\"]", data(opens.get(1)).get("children").toString());

        List<JsonObject> msgs = s.result().of("comm_msg");
        assertEquals(1, msgs.size());
        assertEquals(s.boxId(), id(msgs.get(0)));
        assertEquals("{\"method\":\"display\"}", data(msgs.get(0)).toString());
        List<JsonObject> displays = s.result().of("display_data");
        assertEquals("{\"model_id\":\"" + s.boxId() + "\"}",
                data(displays.get(0)).get("application/vnd.jupyter.widget-view+json").toString());
        JsonObject output = displays.get(1).getAsJsonObject("content");
        assertTrue(output.getAsJsonObject("data").has("text/html"), "what it printed and its chart, in one display");
        assertTrue(output.getAsJsonObject("data").get("text/plain").getAsString().startsWith("amp is 0.2\nPlot \"amp 0.2\""),
                output.toString());
        assertEquals(List.of(), s.result().of("stream"), "what the model printed is part of its display, not a stream");
    }

    @Test
    void aSliderMoveRunsTheModelAgainAndRedrawsItsDisplayInPlace() {
        Shown s = interact();
        String before = data(s.result().of("display_data").get(1)).get("text/html").getAsString();
        List<JsonObject> messages = k.iopubUntilIdle(move(s.sliderId(), 0.45), Duration.ofSeconds(30));
        assertEquals("busy", messages.get(0).getAsJsonObject("content").get("execution_state").getAsString());
        List<JsonObject> updates = of(messages, "update_display_data");
        assertEquals(1, updates.size(), messages::toString);
        JsonObject update = updates.get(0).getAsJsonObject("content");
        assertEquals(s.displayId(), update.getAsJsonObject("transient").get("display_id").getAsString());
        String after = update.getAsJsonObject("data").get("text/html").getAsString();
        assertTrue(update.getAsJsonObject("data").get("text/plain").getAsString().startsWith("amp is 0.45\nPlot \"amp 0.45\""));
        assertNotEquals(before.substring(before.indexOf("<img")), after.substring(after.indexOf("<img")), "a new chart");
        assertEquals(List.of(), of(messages, "comm_msg"), "a value taken as sent is not sent back");
    }

    @Test
    void movesQueuedBehindACellRunTheModelOnceWithTheLastValue() {
        Shown s = interact();
        k.execute("runs.clear();");
        String cell = k.send(k.shell, "execute_request", KernelClient.executeContent(
                "runs.add(\"cell start\"); Thread.sleep(700); runs.add(\"cell end\");", false));
        List<String> moves = new ArrayList<>();
        for (double v : new double[] {0.3, 0.35, 0.4, 0.45, 0.5, 0.55}) {
            moves.add(move(s.sliderId(), v));
        }
        List<String> all = new ArrayList<>(moves);
        all.add(cell);
        var messages = k.iopubUntilIdle(all, Duration.ofSeconds(30));
        List<JsonObject> updates = new ArrayList<>();
        for (String id : moves) {
            updates.addAll(of(messages.get(id), "update_display_data"));
        }
        assertEquals(1, updates.size(), "six moves, one run");
        assertTrue(data(updates.get(0)).get("text/plain").getAsString().startsWith("amp is 0.55"));
        assertEquals("[cell start, cell end, model 0.55]", k.execute("runs").of("execute_result").get(0)
                .getAsJsonObject("content").getAsJsonObject("data").get("text/plain").getAsString(),
                "the model never ran beside the cell");
    }

    @Test
    void aMoveJustBeforeACellRunsBeforeIt() {
        Shown s = interact();
        k.execute("runs.clear();");
        String id = move(s.sliderId(), 0.6);
        String cell = k.send(k.shell, "execute_request", KernelClient.executeContent("runs.toString()", false));
        var messages = k.iopubUntilIdle(List.of(id, cell), Duration.ofSeconds(30));
        assertEquals("\"[model 0.6]\"", data(of(messages.get(cell), "execute_result").get(0)).get("text/plain").getAsString());
        assertEquals(1, of(messages.get(id), "update_display_data").size());
    }

    @Test
    void aFailingModelShowsItsTracebackInPlaceAndTheKernelStaysUp() {
        Shown s = interact();
        List<JsonObject> messages = k.iopubUntilIdle(move(s.sliderId(), 0.9), Duration.ofSeconds(30));
        String text = data(of(messages, "update_display_data").get(0)).get("text/plain").getAsString();
        assertTrue(text.startsWith("amp is 0.9\ninteract(amp = 0.9) failed:\n"), text);
        assertTrue(text.contains("java.lang.IllegalArgumentException"), text);
        assertTrue(text.contains(": amp 0.9 is too large"), text);
        // the lines of the cell that defined the model, as JShell numbers them: cell [1], line 9
        assertTrue(text.contains("cell [1] line 9") && text.contains("in response()"), text);
        assertEquals(List.of(), of(messages, "error"), "not a cell's error: no cell failed");
        assertEquals("ok", k.execute("1 + 1").status());
        List<JsonObject> again = k.iopubUntilIdle(move(s.sliderId(), 0.5), Duration.ofSeconds(30));
        assertTrue(data(of(again, "update_display_data").get(0)).get("text/plain").getAsString().startsWith("amp is 0.5\nPlot"));
    }

    @Test
    void anInterruptStopsAModelThatRuns() throws Exception {
        Shown s = interact();
        String id = move(s.sliderId(), 0.8);
        Thread.sleep(500);
        k.request(k.control, "interrupt_request", new JsonObject(), Duration.ofSeconds(10));
        List<JsonObject> messages = k.iopubUntilIdle(id, Duration.ofSeconds(10));
        String text = data(of(messages, "update_display_data").get(0)).get("text/plain").getAsString();
        assertTrue(text.contains("RuntimeException") && text.contains("stopped"), text);
        assertTrue(text.contains("Caused by: java.lang.InterruptedException"), text);
        assertEquals("ok", k.execute("2 + 2").status());
    }

    @Test
    void theVersionCheckStateRequestsAndCommInfoAreAnswered() {
        Shown s = interact();
        String open = k.send(k.shell, "comm_open", JsonParser.parseString(
                "{\"comm_id\": \"version-1\", \"target_name\": \"jupyter.widget.version\", \"data\": {}}").getAsJsonObject());
        List<JsonObject> version = of(k.iopubUntilIdle(open, Duration.ofSeconds(10)), "comm_msg");
        assertEquals("{\"version\":\"~2.1.4\"}", data(version.get(0)).toString());
        assertEquals("version-1", id(version.get(0)));

        String unknown = k.send(k.shell, "comm_open", JsonParser.parseString(
                "{\"comm_id\": \"other-1\", \"target_name\": \"no.such.target\", \"data\": {}}").getAsJsonObject());
        List<JsonObject> closes = of(k.iopubUntilIdle(unknown, Duration.ofSeconds(10)), "comm_close");
        assertEquals("other-1", id(closes.get(0)), "an unknown target is closed at once");

        String request = k.send(k.shell, "comm_msg", JsonParser.parseString("{\"comm_id\": \"" + s.sliderId()
                + "\", \"data\": {\"method\": \"request_state\"}}").getAsJsonObject());
        List<JsonObject> state = of(k.iopubUntilIdle(request, Duration.ofSeconds(10)), "comm_msg");
        assertEquals("update", data(state.get(0)).get("method").getAsString());
        assertEquals("FloatSliderModel", data(state.get(0)).getAsJsonObject("state").get("_model_name").getAsString());

        JsonObject target = new JsonObject();
        target.addProperty("target_name", "jupyter.widget");
        var info = k.request(k.shell, "comm_info_request", target, Duration.ofSeconds(10));
        JsonObject comms = info.content().getAsJsonObject("comms");
        assertEquals("ok", info.status());
        assertEquals("jupyter.widget", comms.getAsJsonObject(s.sliderId()).get("target_name").getAsString());
        assertTrue(comms.has(s.boxId()));
        assertTrue(!comms.has("version-1"), "only the target asked for");
        var all = k.request(k.shell, "comm_info_request", new JsonObject(), Duration.ofSeconds(10));
        assertEquals("jupyter.widget.version", all.content().getAsJsonObject("comms").getAsJsonObject("version-1")
                .get("target_name").getAsString());

        String close = k.send(k.shell, "comm_close", JsonParser.parseString("{\"comm_id\": \"" + s.sliderId() + "\", \"data\": {}}")
                .getAsJsonObject());
        k.iopubUntilIdle(close, Duration.ofSeconds(10));
        var after = k.request(k.shell, "comm_info_request", target, Duration.ofSeconds(10));
        assertTrue(!after.content().getAsJsonObject("comms").has(s.sliderId()), "closed by the front end");
    }

    @Test
    void mistakesInAControlAreTheCellsErrors() {
        var r = k.execute("slider(\"amp\", 1, 0, 0.1)");
        assertEquals("error", r.status());
        assertEquals("slider \"amp\": min 1 must be less than max 0", r.content().get("evalue").getAsString());
        var bad = k.execute("interact(amp -> response(amp), slider(\"amp\", 0, 1, 0.05, 0.95))");
        assertEquals("error", bad.status(), "the model fails with the initial value: the cell fails");
        assertEquals(List.of(), bad.of("comm_open"), "and shows no control");
        Set<String> types = new HashSet<>();
        bad.iopub().forEach(m -> types.add(KernelClient.type(m)));
        assertTrue(types.contains("error"));
    }

}
