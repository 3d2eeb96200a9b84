package dev.pacta.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium (the Debian {@code chromium} package) driven over the DevTools protocol, with nothing but the
 * JDK's WebSocket client and Jackson (already on the class path through pacta-json): no Selenium or Playwright.
 *
 * <p>The protocol reports what a test needs exactly, where scraping Chromium's log would be version-dependent:
 * every request a page makes ({@code Network.requestWillBeSent}), console errors, uncaught exceptions and failed
 * loads ({@code Runtime.consoleAPICalled}, {@code Runtime.exceptionThrown}, {@code Log.entryAdded}). Host names
 * resolve to nothing ({@code --host-resolver-rules}), so a page that tries to reach the network is reported, never
 * answered, and the test is the same offline and online.
 */
final class Chromium implements AutoCloseable {
    /** Where Debian installs it, unless the system property {@code pacta.chromium} names another. */
    static final Path EXECUTABLE = Path.of(System.getProperty("pacta.chromium", "/usr/bin/chromium"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * Why Chromium cannot be used here, if it cannot.
     *
     * @return the reason, or empty when it is installed
     */
    static Optional<String> unavailable() {
        return Files.isExecutable(EXECUTABLE)
                ? Optional.empty()
                : Optional.of(EXECUTABLE + " is not installed (Debian: apt-get install chromium; or name another"
                        + " Chromium with -Dpacta.chromium=PATH)");
    }

    /**
     * Starts a headless browser with a fresh profile.
     *
     * @return the browser
     * @throws Exception if it does not start within 30 seconds
     */
    static Chromium start() throws Exception {
        Path profile = Files.createTempDirectory("pacta-chromium");
        Process process = new ProcessBuilder(
                        EXECUTABLE.toString(),
                        "--headless",
                        // Containers and CI run as root, where Chromium refuses its sandbox.
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--no-default-browser-check",
                        // Without these Chromium calls Google at start-up; the test must see only the page's requests.
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--hide-scrollbars",
                        "--mute-audio",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        try {
            // Chromium writes the port it chose, and the browser's path, to this file once it listens.
            Path port = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("chromium did not start: " + log(profile));
                }
                Thread.sleep(50);
                if (Files.exists(port)) {
                    lines = Files.readAllLines(port, StandardCharsets.UTF_8);
                }
            }
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0) + lines.get(1)), listener)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Chromium chromium = new Chromium(process, profile, socket);
            listener.owner = chromium;
            return chromium;
        } catch (Exception e) {
            process.destroyForcibly();
            delete(profile);
            throw e;
        }
    }

    /** Assembles messages (large ones arrive in parts) and hands them to the browser object. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    owner.receive(JSON.readTree(message));
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable DevTools message", e);
                }
            }
            socket.request(1);
            return null;
        }
    }

    private void receive(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /**
     * Sends a command (to a page's session, or to the browser when {@code session} is null) and waits for it.
     * Failures, time-outs and interruptions are all {@link IOException}s (an interruption re-asserted), so that pages
     * and the browser close with {@code IOException} alone.
     */
    private JsonNode send(String session, String method, ObjectNode params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        JsonNode answer;
        try {
            socket.sendText(message.toString(), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + ": interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + ": no answer", e);
        } finally {
            replies.remove(id);
        }
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /**
     * Opens a page in a new tab of the given size and waits until it has loaded.
     *
     * @param url the page
     * @param width the viewport width
     * @param height the viewport height
     * @return the loaded page, with what it logged and requested while loading
     * @throws Exception if it does not load within 30 seconds
     */
    Page open(URI url, int width, int height) throws Exception {
        String target = send(null, "Target.createTarget", params().put("url", "about:blank"))
                .get("targetId")
                .asText();
        String session = send(
                        null,
                        "Target.attachToTarget",
                        params().put("targetId", target).put("flatten", true))
                .get("sessionId")
                .asText();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            send(session, domain + ".enable", null);
        }
        send(
                session,
                "Emulation.setDeviceMetricsOverride",
                params().put("width", width)
                        .put("height", height)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false));
        events.clear();
        send(session, "Page.navigate", params().put("url", url.toString()));
        Page page = new Page(target, session, url);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            JsonNode event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new TimeoutException("page did not load: " + url);
            }
            if (page.record(event)) {
                break;
            }
        }
        // A round trip after the load event: whatever the page logged before it has arrived by now.
        page.evaluate("0");
        for (JsonNode event = events.poll(); event != null; event = events.poll()) {
            page.record(event);
        }
        return page;
    }

    /** A loaded page: its console errors and requests, scripting, screenshots. */
    final class Page implements AutoCloseable {
        private final String target;
        private final String session;
        private final URI url;
        private final List<String> errors = new ArrayList<>();
        private final List<String> requests = new ArrayList<>();

        private Page(String target, String session, URI url) {
            this.target = target;
            this.session = session;
            this.url = url;
        }

        /** Records an event of this page; true when it is the load event. */
        private boolean record(JsonNode event) {
            if (!session.equals(event.path("sessionId").asText())) {
                return false;
            }
            JsonNode p = event.path("params");
            switch (event.path("method").asText()) {
                case "Network.requestWillBeSent" ->
                    requests.add(p.path("request").path("url").asText());
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        List<String> args = new ArrayList<>();
                        p.path("args")
                                .forEach(a -> args.add(a.path("value")
                                        .asText(a.path("description").asText())));
                        errors.add("console." + type + ": " + String.join(" ", args));
                    }
                }
                case "Runtime.exceptionThrown" -> {
                    JsonNode d = p.path("exceptionDetails");
                    errors.add("exception: "
                            + d.path("exception")
                                    .path("description")
                                    .asText(d.path("text").asText()));
                }
                case "Log.entryAdded" -> {
                    JsonNode entry = p.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        errors.add(entry.path("source").asText() + ": "
                                + entry.path("text").asText() + " "
                                + entry.path("url").asText());
                    }
                }
                case "Page.loadEventFired" -> {
                    return true;
                }
                default -> {}
            }
            return false;
        }

        /**
         * The console errors, uncaught exceptions and failed loads while loading.
         *
         * @return one line each
         */
        List<String> errors() {
            return List.copyOf(errors);
        }

        /**
         * Every URL the page requested, itself included.
         *
         * @return the URLs in order
         */
        List<String> requests() {
            return List.copyOf(requests);
        }

        /**
         * The page's own URL.
         *
         * @return the URL it was opened at
         */
        URI url() {
            return url;
        }

        /**
         * Evaluates a script expression in the page.
         *
         * @param expression the expression
         * @return its value, as JSON
         * @throws IOException if it throws or times out
         */
        JsonNode evaluate(String expression) throws IOException {
            JsonNode result = send(
                    session,
                    "Runtime.evaluate",
                    params().put("expression", expression).put("returnByValue", true));
            if (result.has("exceptionDetails")) {
                throw new IOException(expression + ": " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /**
         * A PNG of the whole page, not just the viewport.
         *
         * @return the PNG bytes
         * @throws IOException if the browser cannot take it
         */
        byte[] screenshot() throws IOException {
            JsonNode size = send(session, "Page.getLayoutMetrics", null).path("cssContentSize");
            ObjectNode clip = params().put("x", 0)
                    .put("y", 0)
                    .put("width", size.path("width").asDouble())
                    .put("height", size.path("height").asDouble())
                    .put("scale", 1);
            ObjectNode p = params().put("format", "png").put("captureBeyondViewport", true);
            p.set("clip", clip);
            return Base64.getDecoder()
                    .decode(send(session, "Page.captureScreenshot", p)
                            .get("data")
                            .asText());
        }

        /** Closes the tab. */
        @Override
        public void close() throws IOException {
            send(null, "Target.closeTarget", params().put("targetId", target));
        }
    }

    /** Closes the browser (killing it if it does not quit) and deletes its profile. */
    @Override
    public void close() throws IOException {
        try {
            send(null, "Browser.close", null);
        } catch (IOException e) {
            // The browser may close the connection before it answers: it is quitting either way.
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            delete(profile);
        }
    }

    private static String log(Path profile) {
        try {
            return Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
