package brokerlab.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JsonTest {

    record Sample(String createdUtc, double meanWait, double[] rates) {}

    @Test
    void writesAnObjectThatReadsBack() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"quoted\" \\ path\nnext\u0001");
        m.put("count", 4);
        m.put("ok", true);
        m.put("none", null);
        m.put("nested", Map.of("x", 0.5));
        m.put("list", List.of(1, "two"));
        Map<String, Object> back = Json.readObject(Json.compact(m), "test", "m");
        assertEquals(m, back);
        assertEquals(List.copyOf(m.keySet()), List.copyOf(back.keySet()), "insertion order kept");
    }

    @Test
    void nanIsNullAndInfinitiesAreStringsEverywhere() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nan", Double.NaN);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("array", new double[]{1.5, Double.NaN, Double.NEGATIVE_INFINITY});
        m.put("record", new Sample("t", Double.POSITIVE_INFINITY, new double[]{Double.NaN}));
        assertEquals("{\"nan\":null,\"inf\":\"Infinity\",\"array\":[1.5,null,\"-Infinity\"],"
                + "\"record\":{\"created_utc\":\"t\",\"mean_wait\":\"Infinity\",\"rates\":[null]}}", Json.compact(m));
        assertTrue(Double.isNaN(Json.toDouble(null)));
        assertEquals(Double.NEGATIVE_INFINITY, Json.toDouble("-Infinity"));
    }

    @Test
    void doublesReadBackBitForBit() {
        double[] values = {0.7877532642953626, 1e-5, 1.0 / 3, 6.02e23, -2.5, 12.19316743619908};
        for (double v : values) {
            String text = Json.compact(Map.of("v", v));
            assertEquals(v, Json.toDouble(Json.readObject(text, "test", text).get("v")), 0, text);
        }
    }

    @Test
    void unorderedMapsAreWrittenWithSortedKeysSoTheBytesAreReproducible() {
        assertEquals("{\"a\":1,\"b\":2,\"c\":3}", Json.compact(Map.of("c", 3, "a", 1, "b", 2)));
    }

    @Test
    void filesAreIndentedWithArraysOnOneLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rates", new double[]{0.5, 1.0});
        m.put("names", List.of("x"));
        m.put("empty", Map.of());
        assertEquals("{\n  \"rates\": [0.5, 1.0],\n  \"names\": [\"x\"],\n  \"empty\": {}\n}\n", Json.write(m));
    }

    @Test
    void malformedTextNamesWhatWasReadAndWhere() {
        var e = assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"a\": 1,\n \"b\": }", "--model", "m.json"));
        assertTrue(e.getMessage().startsWith("--model = m.json is invalid") && e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(Arrays.asList(e.getMessage().split(" ")).contains("JSON"), e.getMessage());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"\n", Json.write("a\"b\\c\nd\u0001"));
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
                + "  \"low\": \"-Infinity\",\n  \"names\": [\"x\"],\n  \"empty\": {}\n}\n", Json.write(m));
    }

    @Test
    void mapsWithoutTheirOwnOrderAreWrittenWithSortedKeysAtEveryDepth() {
        assertEquals(Json.write(Map.of("b", 2, "a", Map.of("y", 1, "x", 2))),
                "{\n  \"a\": {\n    \"x\": 2,\n    \"y\": 1\n  },\n  \"b\": 2\n}\n");
    }

    record Timed(double meanWait, String createdUtc) {}

    @Test
    void recordComponentsAreWrittenInSnakeCase() {
        assertEquals("{\"mean_wait\":\"Infinity\",\"created_utc\":\"now\"}",
                Json.compact(new Timed(Double.POSITIVE_INFINITY, "now")));
    }

    @Test
    void readingIsStrictAboutTrailingContentAndDuplicateKeys() {
        assertThrows(JsonProcessingException.class, () -> Json.readTree("{\"a\": 1} {\"b\": 2}"));
        assertThrows(JsonProcessingException.class, () -> Json.readTree("{\"a\": 1} x"));
        assertThrows(JsonProcessingException.class, () -> Json.readTree("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void parseErrorsGiveTheLocationButNotTheText() {
        var e = assertThrows(JsonProcessingException.class, () -> Json.readTree("{\"a\": SECRETTOKEN}"));
        assertNotNull(e.getLocation());
        assertEquals(1, e.getLocation().getLineNr());
        assertFalse(e.getLocation().toString().contains("SECRET"), e.getLocation().toString());
    }

    @Test
    void toPlainReadsTheNonFiniteConventionBack() throws Exception {
        Object back = Json.toPlain(Json.readTree(Json.write(
                Map.of("hi", Double.POSITIVE_INFINITY, "lo", Double.NEGATIVE_INFINITY, "nan", Double.NaN, "n", 3, "big", 1L << 40))));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("big", 1L << 40);
        expected.put("hi", Double.POSITIVE_INFINITY);
        expected.put("lo", Double.NEGATIVE_INFINITY);
        expected.put("n", 3);
        expected.put("nan", null);
        assertEquals(expected, back);
    }

    @Test
    void readObjectIsStrictAndItsMessagesQuoteNothingFromTheText() {
        var trailing = assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"a\": 1} {\"b\": 2}", "--model", "m.json"));
        assertTrue(trailing.getMessage().startsWith("--model = m.json is invalid: it is not a JSON object: content after the "
                + "end of the value at line 1, column "), trailing.getMessage());
        assertTrue(trailing.getMessage().endsWith("; fix the JSON there"), trailing.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"a\": 1, \"a\": 2}", "f", "x"));
        assertTrue(twice.getMessage().contains("a key appears twice"), twice.getMessage());
        var token = assertThrows(IllegalArgumentException.class, () -> Json.readObject("{\"a\": SECRETTOKEN}", "f", "x"));
        assertFalse(token.getMessage().contains("SECRET"), token.getMessage());
        var array = assertThrows(IllegalArgumentException.class, () -> Json.readObject("[1, 2]", "f", "x"));
        assertEquals("f = x is invalid: it is not a JSON object: the text holds an array; write one object, {\"key\": value, ...}",
                array.getMessage());
    }

    record Reading(float ratio, float missing) {}

    @Test
    void floatsAreWrittenAsTheirShortestTextAndNaNFloatsAsNull() {
        assertEquals("{\"ratio\":0.1,\"missing\":null}", Json.compact(new Reading(0.1f, Float.NaN)));
    }
}
