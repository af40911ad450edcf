package io.github.neuronkernel.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A minimal Jupyter client for tests: starts the real kernel process on a fresh connection file and
 * speaks the wire protocol to it over JeroMQ, signing with HMAC-SHA256.
 */
final class KernelClient implements AutoCloseable {
    static final String KEY = UUID.randomUUID().toString();

    final Process process;
    final Path dir;
    private final ZContext context = new ZContext();
    final ZMQ.Socket shell;
    final ZMQ.Socket control;
    final ZMQ.Socket stdin;
    final ZMQ.Socket iopub;
    private final String session = UUID.randomUUID().toString();
    private final Mac mac;
    final Path log;

    /** One request's outcome: its reply and the IOPub messages up to idle. */
    record Result(JsonObject reply, List<JsonObject> iopub) {
        List<JsonObject> of(String type) {
            return iopub.stream().filter(m -> type(m).equals(type)).toList();
        }

        String stdout() {
            StringBuilder s = new StringBuilder();
            for (JsonObject m : of("stream")) {
                if (m.getAsJsonObject("content").get("name").getAsString().equals("stdout")) {
                    s.append(m.getAsJsonObject("content").get("text").getAsString());
                }
            }
            return s.toString();
        }

        String status() {
            return reply.getAsJsonObject("content").get("status").getAsString();
        }

        JsonObject content() {
            return reply.getAsJsonObject("content");
        }
    }

    KernelClient() throws Exception {
        dir = Files.createTempDirectory("kernel-test");
        int[] ports = freePorts(5);
        JsonObject conn = new JsonObject();
        conn.addProperty("ip", "127.0.0.1");
        conn.addProperty("transport", "tcp");
        conn.addProperty("shell_port", ports[0]);
        conn.addProperty("iopub_port", ports[1]);
        conn.addProperty("stdin_port", ports[2]);
        conn.addProperty("control_port", ports[3]);
        conn.addProperty("hb_port", ports[4]);
        conn.addProperty("signature_scheme", "hmac-sha256");
        conn.addProperty("key", KEY);
        Path file = dir.resolve("connection.json");
        Files.writeString(file, conn.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        log = dir.resolve("kernel.log");
        process = new ProcessBuilder(java, "-Xss16m", "-Xmx1g", "-XX:+UseG1GC",
                "-cp", System.getProperty("java.class.path"), "io.github.neuronkernel.kernel.Main", file.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        // As jupyter_client does, shell and stdin share an identity: input requests are routed by it.
        byte[] identity = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        shell = connect(SocketType.DEALER, ports[0], identity);
        iopub = context.createSocket(SocketType.SUB);
        iopub.subscribe(new byte[0]);
        iopub.connect("tcp://127.0.0.1:" + ports[1]);
        stdin = connect(SocketType.DEALER, ports[2], identity);
        control = connect(SocketType.DEALER, ports[3], UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        // Wait until the kernel answers and IOPub is subscribed (the PUB drops messages before that).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            send(shell, "kernel_info_request", new JsonObject());
            JsonObject reply = receive(shell, Duration.ofMillis(500));
            if (reply != null) {
                JsonObject status = receive(iopub, Duration.ofMillis(500));
                if (status != null) {
                    drainIopub();
                    break;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("kernel did not answer; log:\n" + Files.readString(log));
            }
        }
    }

    private ZMQ.Socket connect(SocketType type, int port, byte[] identity) {
        ZMQ.Socket s = context.createSocket(type);
        s.setIdentity(identity);
        s.setLinger(0);
        s.connect("tcp://127.0.0.1:" + port);
        return s;
    }

    static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
        return ports;
    }

    static String type(JsonObject message) {
        return message.getAsJsonObject("header").get("msg_type").getAsString();
    }

    /** Sends a signed request; returns its msg_id. */
    String send(ZMQ.Socket socket, String type, JsonObject content) {
        String id = UUID.randomUUID().toString();
        sendRaw(socket, header(type, id).toString(), "{}", "{}", content.toString(), null);
        return id;
    }

    /** A request header as jupyter_client writes it. */
    JsonObject header(String type, String id) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", id);
        header.addProperty("session", session);
        header.addProperty("username", "test");
        header.addProperty("date", java.time.Instant.now().toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", "5.3");
        return header;
    }

    /** Sends frames as given; {@code signature} null means sign them correctly. */
    void sendRaw(ZMQ.Socket socket, String header, String parent, String metadata, String content, String signature) {
        byte[][] parts = {bytes(header), bytes(parent), bytes(metadata), bytes(content)};
        String sig = signature != null ? signature : sign(parts);
        ZMsg msg = new ZMsg();
        msg.add("<IDS|MSG>");
        msg.add(sig);
        for (byte[] p : parts) {
            msg.add(p);
        }
        msg.send(socket);
    }

    private String sign(byte[][] parts) {
        synchronized (mac) {
            for (byte[] p : parts) {
                mac.update(p);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Receives one message, checking its signature; null on timeout. */
    JsonObject receive(ZMQ.Socket socket, Duration timeout) {
        socket.setReceiveTimeOut((int) timeout.toMillis());
        ZMsg msg = ZMsg.recvMsg(socket);
        if (msg == null) {
            return null;
        }
        List<String> frames = new ArrayList<>();
        msg.forEach(f -> frames.add(f.getString(StandardCharsets.UTF_8)));
        int d = frames.indexOf("<IDS|MSG>");
        byte[][] parts = new byte[4][];
        for (int i = 0; i < 4; i++) {
            parts[i] = bytes(frames.get(d + 2 + i));
        }
        if (!sign(parts).equals(frames.get(d + 1))) {
            throw new IllegalStateException("kernel sent a message with a wrong signature");
        }
        JsonObject m = new JsonObject();
        m.add("header", JsonParser.parseString(frames.get(d + 2)));
        m.add("parent_header", JsonParser.parseString(frames.get(d + 3)));
        m.add("metadata", JsonParser.parseString(frames.get(d + 4)));
        m.add("content", JsonParser.parseString(frames.get(d + 5)));
        return m;
    }

    String kernelLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    void drainIopub() {
        while (receive(iopub, Duration.ofMillis(50)) != null) {
            // discard
        }
    }

    /** Sends a request and waits for its reply and for the IOPub messages up to its idle. */
    Result request(ZMQ.Socket socket, String type, JsonObject content, Duration timeout) {
        String id = send(socket, type, content);
        return await(socket, id, timeout);
    }

    Result await(ZMQ.Socket socket, String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject reply = null;
        while (reply == null) {
            reply = receive(socket, Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (reply == null) {
                throw new AssertionError("no reply to " + id + " within " + timeout + "; kernel log:\n" + kernelLog());
            }
            if (!reply.getAsJsonObject("parent_header").get("msg_id").getAsString().equals(id)) {
                reply = null;
            }
        }
        List<JsonObject> messages = new ArrayList<>();
        while (true) {
            JsonObject m = receive(iopub, Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (m == null) {
                throw new AssertionError("no idle for " + id + " within " + timeout + "; got " + messages);
            }
            JsonObject parent = m.getAsJsonObject("parent_header");
            if (!parent.has("msg_id") || !parent.get("msg_id").getAsString().equals(id)) {
                continue;
            }
            messages.add(m);
            if (type(m).equals("status") && m.getAsJsonObject("content").get("execution_state").getAsString().equals("idle")) {
                return new Result(reply, messages);
            }
        }
    }

    /**
     * Collects the IOPub messages of a request that has no reply (comm_msg, comm_open) up to its
     * idle; messages of other requests are skipped.
     */
    List<JsonObject> iopubUntilIdle(String id, Duration timeout) {
        return iopubUntilIdle(List.of(id), timeout).get(id);
    }

    /** Collects the IOPub messages of several requests, each up to its idle, by request id. */
    java.util.Map<String, List<JsonObject>> iopubUntilIdle(List<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.Map<String, List<JsonObject>> messages = new java.util.LinkedHashMap<>();
        ids.forEach(id -> messages.put(id, new ArrayList<>()));
        java.util.Set<String> busy = new java.util.HashSet<>(ids);
        while (!busy.isEmpty()) {
            JsonObject m = receive(iopub, Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (m == null) {
                throw new AssertionError("no idle for " + busy + " within " + timeout + "; got " + messages + "; log:\n" + kernelLog());
            }
            JsonObject parent = m.getAsJsonObject("parent_header");
            String id = parent.has("msg_id") ? parent.get("msg_id").getAsString() : "";
            if (!messages.containsKey(id)) {
                continue;
            }
            messages.get(id).add(m);
            if (type(m).equals("status") && m.getAsJsonObject("content").get("execution_state").getAsString().equals("idle")) {
                busy.remove(id);
            }
        }
        return messages;
    }

    Result execute(String code) {
        return execute(code, Duration.ofSeconds(30));
    }

    Result execute(String code, Duration timeout) {
        return request(shell, "execute_request", executeContent(code, false), timeout);
    }

    static JsonObject executeContent(String code, boolean allowStdin) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", allowStdin);
        c.addProperty("stop_on_error", true);
        return c;
    }

    static JsonArray array(JsonObject o, String key) {
        return o.getAsJsonArray(key);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            try {
                send(control, "shutdown_request", shutdownContent(false));
                process.waitFor(3, TimeUnit.SECONDS);
            } finally {
                process.destroyForcibly();
            }
        }
        context.close();
        deleteTree(dir.toFile());
    }

    static JsonObject shutdownContent(boolean restart) {
        JsonObject c = new JsonObject();
        c.addProperty("restart", restart);
        return c;
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }
}
