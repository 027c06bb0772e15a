package brokerlab.notebook;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A notebook's "What we found": sentences whose numbers are formatted from computed values in the cell that
 * builds them, so the prose a reader sees cannot drift from what the code produced. Rendered as Markdown (a
 * bulleted list under a heading) in JupyterLab and the HTML report, as plain text elsewhere.
 * <pre>{@code
 * Findings.of("What we found")
 *         .add("At ρ = %.2f the p99 response is %.1f× (95%% CI %.1f–%.1f) the M/M/4 value.", rho, r, lo, hi)
 *         .add("The mean wait is finite only when α > %.2f (Scheller-Wolf).", bound);
 * }</pre>
 * Numbers are formatted with {@link Locale#ROOT} (a dot for the decimal point, whatever the machine's locale).
 */
public final class Findings {
    private final String heading;
    private final List<String> sentences;

    private Findings(String heading, List<String> sentences) {
        this.heading = heading;
        this.sentences = sentences;
    }

    public static Findings of(String heading) {
        Check.notNull("heading", heading);
        return new Findings(heading, List.of());
    }

    /** This finding plus one sentence, formatted like {@link String#format} with the root locale. */
    public Findings add(String format, Object... args) {
        Check.notNull("format", format);
        List<String> s = new ArrayList<>(sentences);
        s.add(String.format(Locale.ROOT, format, args));
        return new Findings(heading, List.copyOf(s));
    }

    public String heading() { return heading; }

    public List<String> sentences() { return sentences; }

    /** "### heading" and one bullet per sentence. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("### ").append(heading).append("\n\n");
        for (String s : sentences) sb.append("* ").append(s).append('\n');
        return sb.toString();
    }

    /** The plain-text form: the heading, then each sentence as a bullet wrapped at {@value #TEXT_WIDTH} characters. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        for (String s : sentences) sb.append(TextWrap.lines(s, "  - ", "    ", TEXT_WIDTH)).append('\n');
        return sb.toString().stripTrailing();
    }

    /** Plain-text width: front ends without Markdown (a terminal, a notebook viewer's fallback) wrap wider lines mid-word. */
    static final int TEXT_WIDTH = 96;
}
