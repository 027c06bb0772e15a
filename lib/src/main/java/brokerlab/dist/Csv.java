package brokerlab.dist;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 field splitting (commas, double quotes, "" escapes), shared by traces and specs. */
final class Csv {
    private Csv() {}

    /** The trimmed, unquoted fields of one line split at commas outside double quotes. */
    static List<String> split(String line) {
        return split(line, ',');
    }

    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(c))) {
                field.append(c);
            }
        }
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        return fields;
    }

    /** The text itself, or in double quotes when it holds characters a spec or CSV reader would split at. */
    static String quoteIfNeeded(String s) {
        boolean plain = !s.isEmpty() && s.equals(s.trim());
        for (int i = 0; plain && i < s.length(); i++) {
            char c = s.charAt(i);
            plain = c != ',' && c != '"' && c != '(' && c != ')' && c != '=' && c != ';';
        }
        return plain ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
