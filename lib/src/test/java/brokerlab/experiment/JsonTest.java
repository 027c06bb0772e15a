package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder out = new StringBuilder();
        Json.string("a\"b\\c\nd\u0001", out);
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", out.toString());
    }

    @Test
    void writesNestedValuesWithNonFiniteNumbersAsStrings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rates", new double[] {0.5, 1.0});
        m.put("ok", true);
        m.put("missing", null);
        m.put("nan", Double.NaN);
        m.put("names", List.of("x"));
        assertEquals("{\n  \"rates\": [0.5, 1.0],\n  \"ok\": true,\n  \"missing\": null,\n  \"nan\": \"NaN\",\n"
                + "  \"names\": [\"x\"]\n}\n", Json.write(m));
    }
}
