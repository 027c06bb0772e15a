package brokerlab.cli;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ArgsTest {
    private static final Set<String> OPTIONS = Command.ordered("servers", "customers", "speeds");
    private static final Set<String> FLAGS = Command.ordered("json");

    private static Args parse(String... argv) {
        return Args.parse("simulate", argv, 0, OPTIONS, FLAGS);
    }

    @Test
    void readsSeparateAndInlineValuesAndFlags() {
        Args a = parse("--servers", "4", "--customers=1e6", "--json");
        assertEquals(4, a.integer("servers", 1));
        assertEquals(1_000_000L, a.longValue("customers", 0));
        assertTrue(a.flag("json"));
        assertEquals(7, parse().integer("servers", 7), "absent options fall back");
    }

    @Test
    void wholeNumbersAcceptUnderscores() {
        assertEquals(100_000L, parse("--customers", "100_000").longValue("customers", 0));
    }

    @Test
    void unknownOptionIsNamedWithTheKnownOnesInOrder() {
        var e = assertThrows(IllegalArgumentException.class, () -> parse("--sever", "4"));
        assertEquals("unknown option --sever for 'simulate'; known: --servers, --customers, --speeds, --json", e.getMessage());
    }

    @Test
    void missingValueAndStrayWordsAreErrors() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--servers")).getMessage()
                .startsWith("--servers needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("4")).getMessage()
                .contains("unexpected argument '4'"));
    }

    @Test
    void aMalformedListNamesTheOptionAndTheItem() {
        var e = assertThrows(IllegalArgumentException.class, () -> parse("--speeds", "1,x,0.1").numbers("speeds"));
        assertTrue(e.getMessage().startsWith("--speeds = 1,x,0.1 is invalid: item 2 ('x')"), e.getMessage());
        assertArrayEquals(new double[]{1, 1, 0.1}, parse("--speeds", "1, 1,0.1").numbers("speeds"));
    }

    @Test
    void fractionalWholeNumbersAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> parse("--customers", "1.5").longValue("customers", 0));
        assertTrue(e.getMessage().startsWith("--customers = 1.5 is invalid"), e.getMessage());
    }

    @Test
    void anOptionGivenTwiceIsAnErrorAsNoRuleSaysWhichWins() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Args.parse("simulate", new String[]{"simulate", "--servers", "4", "--servers", "2"}, 1, Set.of("servers"), Set.of("json")));
        assertEquals("--servers is given twice for 'simulate'; give it once", e.getMessage());
    }

    @Test
    void aSwitchTakesTrueOrFalseInlineAndNothingElse() {
        Set<String> flags = Set.of("json");
        assertTrue(Args.parse("x", new String[]{"x", "--json"}, 1, Set.of(), flags).flag("json"));
        assertTrue(Args.parse("x", new String[]{"x", "--json=TRUE"}, 1, Set.of(), flags).flag("json"));
        assertFalse(Args.parse("x", new String[]{"x", "--json=false"}, 1, Set.of(), flags).flag("json"));
        assertFalse(Args.parse("x", new String[]{"x"}, 1, Set.of(), flags).flag("json"));
        var e = assertThrows(IllegalArgumentException.class, () -> Args.parse("x", new String[]{"x", "--json=yes"}, 1, Set.of(), flags));
        assertTrue(e.getMessage().startsWith("--json = yes is invalid"), e.getMessage());
    }

    @Test
    void wholeNumbersBeyondTheirTypeAndNonFiniteNumbersNameTheOption() {
        Args a = Args.parse("x", new String[]{"x", "--servers", "3000000000", "--customers", "1e19", "--rate", "1e999"}, 1,
                Set.of("servers", "customers", "rate"), Set.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> a.integer("servers", 1)).getMessage()
                .startsWith("--servers = 3000000000 is invalid: it is too large: the limit is 2147483647"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> a.longValue("customers", 1)).getMessage()
                .startsWith("--customers = 1e19 is invalid: it is too large"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> a.number("rate", 1)).getMessage()
                .startsWith("--rate = 1e999 is invalid: it must be a finite number"));
        assertEquals(1000, Args.parseInt("servers", "1e3"));
    }
}
