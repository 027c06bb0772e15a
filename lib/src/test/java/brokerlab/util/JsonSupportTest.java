package brokerlab.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JsonSupportTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"\n", JsonSupport.write("a\"b\\c\nd\u0001"));
    }

    @Test
    void writesNestedValuesWithNaNAsNullAndInfinitiesAsStrings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rates", new double[] {0.5, 1.0, Double.POSITIVE_INFINITY});
        m.put("ok", true);
        m.put("missing", null);
        m.put("nan", Double.NaN);
        m.put("low", Double.NEGATIVE_INFINITY);
        m.put("names", List.of("x"));
        m.put("empty", Map.of());
        assertEquals("{\n  \"rates\": [0.5, 1.0, \"Infinity\"],\n  \"ok\": true,\n  \"missing\": null,\n  \"nan\": null,\n"
                + "  \"low\": \"-Infinity\",\n  \"names\": [\"x\"],\n  \"empty\": {}\n}\n", JsonSupport.write(m));
    }

    @Test
    void mapsWithoutTheirOwnOrderAreWrittenWithSortedKeysAtEveryDepth() {
        assertEquals(JsonSupport.write(Map.of("b", 2, "a", Map.of("y", 1, "x", 2))),
                "{\n  \"a\": {\n    \"x\": 2,\n    \"y\": 1\n  },\n  \"b\": 2\n}\n");
    }

    record Sample(double meanWait, String createdUtc) {}

    @Test
    void recordComponentsAreWrittenInSnakeCase() {
        assertEquals("{\"mean_wait\":\"Infinity\",\"created_utc\":\"now\"}",
                JsonSupport.writeLine(new Sample(Double.POSITIVE_INFINITY, "now")));
    }

    @Test
    void readingIsStrictAboutTrailingContentAndDuplicateKeys() {
        assertThrows(JsonProcessingException.class, () -> JsonSupport.readTree("{\"a\": 1} {\"b\": 2}"));
        assertThrows(JsonProcessingException.class, () -> JsonSupport.readTree("{\"a\": 1} x"));
        assertThrows(JsonProcessingException.class, () -> JsonSupport.readTree("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void parseErrorsGiveTheLocationButNotTheText() {
        var e = assertThrows(JsonProcessingException.class, () -> JsonSupport.readTree("{\"a\": SECRETTOKEN}"));
        assertNotNull(e.getLocation());
        assertEquals(1, e.getLocation().getLineNr());
        assertFalse(e.getLocation().toString().contains("SECRET"), e.getLocation().toString());
    }

    @Test
    void toPlainReadsTheNonFiniteConventionBack() throws Exception {
        Object back = JsonSupport.toPlain(JsonSupport.readTree(JsonSupport.write(
                Map.of("hi", Double.POSITIVE_INFINITY, "lo", Double.NEGATIVE_INFINITY, "nan", Double.NaN, "n", 3, "big", 1L << 40))));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("big", 1L << 40);
        expected.put("hi", Double.POSITIVE_INFINITY);
        expected.put("lo", Double.NEGATIVE_INFINITY);
        expected.put("n", 3);
        expected.put("nan", null);
        assertEquals(expected, back);
    }
}
