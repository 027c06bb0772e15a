package brokerlab.consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made histories for tests, one event per string: {@code "p0 invoke write x 1"}, {@code "p0 ok write x 1"},
 * {@code "p1 ok read x 1"}, {@code "p1 ok read x null"}, {@code "p2 invoke cas x 1 2"}, {@code "p2 info write x 3"}.
 * Lines become history-file JSON, so the same parser the command line uses reads them.
 */
final class Histories {
    private Histories() {}

    static History of(String... lines) {
        return HistoryFile.parse("test", json(lines));
    }

    static String json(String... lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String[] w = l.trim().split("\\s+");
            StringBuilder s = new StringBuilder("{\"type\":\"" + w[1] + "\",\"process\":" + w[0].substring(1) + ",\"f\":\"" + w[2] + "\"");
            if (w.length > 3) s.append(",\"key\":\"").append(w[3]).append('"');
            if (w[2].equals("cas") && w.length > 5) s.append(",\"value\":[").append(w[4]).append(',').append(w[5]).append(']');
            else if (w.length > 4) s.append(",\"value\":").append(w[4]);
            out.add(s.append('}').toString());
        }
        return String.join("\n", out) + "\n";
    }
}
