package brokerlab.notebook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextWrapTest {
    @Test
    void breaksAtTheLastSpaceThatKeepsTheLineWithinTheWidth() {
        // "aaa bbb" is 7 characters: fits a width of 7; adding " cc" would make 10 > 7, so "cc" starts the next line.
        assertEquals("aaa bbb\n  cc", TextWrap.lines("aaa bbb cc", "", "  ", 7));
        // A width of 6 cannot hold "aaa bbb" (7): every word gets its own line, the later ones indented.
        assertEquals("aaa\n  bbb\n  cc", TextWrap.lines("aaa bbb cc", "", "  ", 6));
    }

    @Test
    void aWordWiderThanTheLineStaysWholeOnItsOwnLine() {
        assertEquals("- a\n  lomax(alpha=2.07,mean=5.26)\n  b", TextWrap.lines("a lomax(alpha=2.07,mean=5.26) b", "- ", "  ", 10));
    }

    @Test
    void keepsLineBreaksAndCollapsesRunsOfSpaces() {
        assertEquals("one two\n  three", TextWrap.lines("one   two\nthree", "", "  ", 80));
    }

    @Test
    void shortTextIsOneLineWithTheFirstPrefix() {
        assertEquals("  - fits", TextWrap.lines("fits", "  - ", "    ", 96));
    }
}
