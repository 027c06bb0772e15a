package brokerlab.util;

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
}
