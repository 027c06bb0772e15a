package brokerlab.consistency;

import brokerlab.util.Check;
import brokerlab.util.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The history file format: JSON Lines, one event per line, in real-time order (a line happened after the lines
 * above it; that order, not {@code time}, is what linearizability is checked against). Blank lines are skipped.
 * Fields, after Jepsen's register histories:
 * <ul>
 *   <li>{@code "type"} (required): {@code "invoke"}, {@code "ok"} (took effect), {@code "fail"} (certainly did
 *       not take effect) or {@code "info"} (unknown: a timeout or crash; it may take effect at any later time, or
 *       never). An invoke with no completion by the end of the file counts as {@code info}.</li>
 *   <li>{@code "process"} (required): a non-negative integer; a process has at most one operation open, and its
 *       completion repeats the invoke's {@code "f"} (and its {@code "key"}, which it may leave out).</li>
 *   <li>{@code "f"} (required): {@code "read"}, {@code "write"} or {@code "cas"}.</li>
 *   <li>{@code "key"} (optional): a string or number naming the register of a key-value map; absent means the
 *       single register. Keys are checked independently (linearizability is compositional).</li>
 *   <li>{@code "value"}: a JSON scalar. write: the value written (on the invoke); read: the value returned (on
 *       the ok; {@code null} when the key holds nothing, which is every key's initial state); cas:
 *       {@code [expected, new]} on the invoke. A cas whose comparison failed completes as {@code fail}. Values are
 *       compared as JSON text, so {@code 1} and {@code 1.0} are different values.</li>
 *   <li>{@code "time"} (optional): a number, e.g. ms; if present it must not decrease down the file.</li>
 * </ul>
 * Example (a stale read: process 1 reads 1 after the write of 2 completed, so no order explains it):
 * <pre>
 * {"type":"invoke","process":0,"f":"write","key":"x","value":1,"time":0}
 * {"type":"ok","process":0,"f":"write","key":"x","value":1,"time":1}
 * {"type":"invoke","process":0,"f":"write","key":"x","value":2,"time":2}
 * {"type":"ok","process":0,"f":"write","key":"x","value":2,"time":3}
 * {"type":"invoke","process":1,"f":"read","key":"x","time":4}
 * {"type":"ok","process":1,"f":"read","key":"x","value":1,"time":5}
 * </pre>
 * A malformed or inconsistent file is rejected with one {@link HistoryFormatException} naming the line: bad JSON,
 * an unknown type or operation, a missing field, a return without an invoke, times that go backwards.
 */
public final class HistoryFile {
    private static final Set<String> FIELDS = Set.of("type", "process", "f", "key", "value", "time");

    private HistoryFile() {}

    /** Reads and checks a history file. */
    public static History read(Path file) {
        Check.notNull("file", file);
        if (!Files.isRegularFile(file))
            throw Check.fail("file", file, "no such history file", "pass the path of a JSON Lines history (see HistoryFile)");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses history text (the file format above); {@code source} names it in messages. */
    public static History parse(String source, String text) {
        Check.notNull("text", text);
        try {
            return read(source, new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static History read(String source, BufferedReader in) throws IOException {
        List<HistoryEvent> events = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            events.add(event(source, number, events.size(), line));
        }
        return History.of(source, events);
    }

    private static HistoryEvent event(String source, int line, int index, String text) {
        JsonNode node;
        try {
            node = Json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new HistoryFormatException(source, line, "not valid JSON (" + Json.problem(e)
                    + "); each line must be one JSON object");
        }
        if (node == null || !node.isObject())
            throw new HistoryFormatException(source, line, "expected a JSON object like {\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f))
                throw new HistoryFormatException(source, line, "unknown field \"" + f + "\"; the fields are " + FIELDS.stream().sorted().toList());
        }
        JsonNode t = node.get("type");
        if (t == null || !t.isTextual())
            throw new HistoryFormatException(source, line, "missing \"type\"; use invoke, ok, fail or info");
        EventType type = EventType.parse(t.asText());
        if (type == null)
            throw new HistoryFormatException(source, line, "unknown type \"" + t.asText() + "\"; use invoke, ok, fail or info");
        JsonNode p = node.get("process");
        if (p == null || !p.canConvertToInt() || !p.isIntegralNumber() || p.asInt() < 0)
            throw new HistoryFormatException(source, line, "\"process\" must be a non-negative integer, got " + (p == null ? "nothing" : p.toString()));
        JsonNode f = node.get("f");
        if (f == null)
            throw new HistoryFormatException(source, line, "missing \"f\"; every line names its operation: read, write or cas");
        OpKind kind = f.isTextual() ? OpKind.parse(f.asText()) : null;
        if (kind == null)
            throw new HistoryFormatException(source, line, "unknown operation " + f + "; use read, write or cas");
        String key = "";
        JsonNode k = node.get("key");
        if (k != null && !k.isNull()) {
            if (!k.isTextual() && !k.isNumber())
                throw new HistoryFormatException(source, line, "\"key\" must be a string or a number, got " + k);
            key = k.asText();
        }
        String expected = null, value = null;
        JsonNode v = node.get("value");
        if (v != null) {
            if (kind == OpKind.CAS && !v.isNull()) {
                if (!v.isArray() || v.size() != 2 || !v.get(0).isValueNode() || !v.get(1).isValueNode())
                    throw new HistoryFormatException(source, line, "a cas \"value\" must be [expected, new], got " + v);
                expected = v.get(0).toString();
                value = v.get(1).toString();
            } else {
                if (!v.isValueNode())
                    throw new HistoryFormatException(source, line, "\"value\" must be a JSON scalar (number, string, boolean or null), got " + v);
                value = v.toString();
            }
        }
        double time = Double.NaN;
        JsonNode tm = node.get("time");
        if (tm != null) {
            if (!tm.isNumber() || !Double.isFinite(tm.asDouble()))
                throw new HistoryFormatException(source, line, "\"time\" must be a finite number, got " + tm);
            time = tm.asDouble();
        }
        return new HistoryEvent(index, type, p.asInt(), kind, key, expected, value, time, line);
    }

    /** Writes {@code history} in the file format above (one event per line), creating parent folders. */
    public static Path write(History history, Path file) {
        Check.notNull("history", history);
        Check.notNull("file", file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (HistoryEvent e : history.events()) out.write(line(e) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** One event as a line of the file format. */
    public static String line(HistoryEvent e) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("type", e.type().label());
        o.put("process", e.process());
        o.put("f", e.f().label());
        if (!e.key().isEmpty()) o.put("key", e.key());
        try {
            if (e.f() == OpKind.CAS && e.value() != null && e.expected() != null) {
                ArrayNode a = o.putArray("value");
                a.add(Json.readTree(e.expected()));
                a.add(Json.readTree(e.value()));
            } else if (e.value() != null) {
                o.set("value", Json.readTree(e.value()));
            }
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("value " + e.value() + " of event " + e.index() + " is not JSON", ex);
        }
        if (!Double.isNaN(e.time())) o.put("time", e.time());
        return o.toString();
    }
}
