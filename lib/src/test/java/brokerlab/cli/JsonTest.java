package brokerlab.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JsonTest {

    @Test
    void writesAnObjectAStrictParserReadsBack() {
        String text = Json.object()
                .put("name", "a \"quoted\" \\ path\nnext")
                .put("count", 4)
                .put("ok", true)
                .put("none", null)
                .put("nested", Json.object().put("x", 0.5))
                .put("list", List.of(1, "two"))
                .put("array", new double[]{1.5, Double.NaN})
                .toString();
        Map<String, Object> m = JsonReader.object(text);
        assertEquals("a \"quoted\" \\ path\nnext", m.get("name"));
        assertEquals(4.0, m.get("count"));
        assertEquals(Boolean.TRUE, m.get("ok"));
        assertTrue(m.containsKey("none") && m.get("none") == null);
        assertEquals(Map.of("x", 0.5), m.get("nested"));
        assertEquals(List.of(1.0, "two"), m.get("list"));
        assertEquals(java.util.Arrays.asList(1.5, null), m.get("array"));
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        String text = Json.object().put("inf", Double.POSITIVE_INFINITY).put("nan", Double.NaN).toString();
        assertEquals("{\"inf\":null,\"nan\":null}", text);
    }

    @Test
    void doublesReadBackBitForBit() {
        double[] values = {0.7877532642953626, 1e-5, 1.0 / 3, 6.02e23, -2.5, 12.19316743619908};
        for (double v : values) {
            String text = Json.object().put("v", v).toString();
            assertEquals(v, (Double) JsonReader.object(text).get("v"), 0, text);
        }
        assertEquals("{\"v\":4}", Json.object().put("v", 4.0).toString(), "whole doubles print as integers");
    }
}
