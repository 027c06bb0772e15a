package brokerlab.dist;

/** Quoting for specs that name a trace file or column; reading CSV is commons-csv's job ({@link TraceReader}). */
final class Csv {
    private Csv() {}

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
