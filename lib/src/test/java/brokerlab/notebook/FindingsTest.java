package brokerlab.notebook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FindingsTest {

    @Test
    void numbersAreFormattedWithADecimalPointAndRenderedAsMarkdownBullets() {
        var f = Findings.of("What we found").add("At ρ = %.2f the p99 is %.1f× the mean.", 0.9, 4.6052);
        assertEquals("### What we found\n\n* At ρ = 0.90 the p99 is 4.6× the mean.\n", f.markdown());
        assertEquals(1, f.sentences().size());
    }

    @Test
    void thePlainTextFormWrapsLongSentencesWithinTheWidthKeepingEveryWord() {
        String sentence = "word ".repeat(60).trim();                 // 299 characters
        String text = Findings.of("What we found").add(sentence).toString();
        for (String line : text.split("\n")) assertTrue(line.length() <= Findings.TEXT_WIDTH, line.length() + ": " + line);
        assertEquals(60, text.split("\n", 2)[1].replace("-", "").trim().split("\\s+").length);
        assertTrue(text.split("\n")[1].startsWith("  - word"));
        assertTrue(text.split("\n")[2].startsWith("    word"));
    }
}
