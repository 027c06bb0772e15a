package brokerlab.widget;

import brokerlab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every widget type opens with exactly the state ipywidgets 8 gives the same model: the reference states are
 * ipywidgets' own, saved in ipywidgets-8-states.json (tests/test_widget_reference_state.py keeps that file equal
 * to the pinned ipywidgets). Same keys, same defaults, same model/view names and module versions.
 */
class WidgetStateTest {

    private static Map<String, Object> reference() throws IOException {
        try (InputStream in = WidgetStateTest.class.getResourceAsStream("ipywidgets-8-states.json")) {
            return Json.readObject(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "test", "message");
        }
    }

    /** Each widget built with the arguments that reproduce ipywidgets' defaults. */
    static Stream<Supplier<Widget>> widgets() {
        return Stream.of(
                () -> new FloatSlider("", 0, 100, 0.1, 0),
                () -> new IntSlider("", 0, 100, 1, 0),
                () -> new Dropdown("", List.of("a", "b"), "a"),
                () -> new ToggleButtons("", List.of("a", "b"), "a"),
                () -> new Checkbox("", false),
                () -> new Label(""),
                () -> new HtmlWidget(""),
                Output::new,
                HBox::new,
                VBox::new);
    }

    @ParameterizedTest
    @MethodSource("widgets")
    @SuppressWarnings("unchecked")
    void opensWithTheStateIpywidgetsGivesTheSameModel(Supplier<Widget> make) throws IOException {
        var fake = new FakeTransport();
        var session = new WidgetSession(fake);
        Widget w = make.get();
        session.open(w);
        String model = w.modelName();
        Map<String, Object> expected = (Map<String, Object>) reference().get(model);
        Map<String, Object> actual = new LinkedHashMap<>(fake.opened(model).state());
        for (String ref : List.of("layout", "style")) {
            if (actual.containsKey(ref)) {
                String id = ((String) actual.get(ref)).substring(WidgetProtocol.MODEL_REFERENCE.length());
                Widget child = session.widget(id);
                Map<String, Object> expectedChild = (Map<String, Object>) reference().get(child.modelName() + "/" + model);
                assertEquals(expectedChild, fake.sent(s -> id.equals(s.commId())).get(0).state(), ref + " of " + model);
                actual.put(ref, WidgetProtocol.MODEL_REFERENCE + ref);
            }
        }
        assertEquals(expected, actual, model);
    }

    @ParameterizedTest
    @MethodSource("widgets")
    void opensItsLayoutAndStyleBeforeItself(Supplier<Widget> make) {
        var fake = new FakeTransport();
        Widget w = make.get();
        new WidgetSession(fake).open(w);
        var opens = fake.sent(s -> s.type().equals("comm_open"));
        assertEquals(w.modelName(), opens.get(opens.size() - 1).state().get("_model_name"), "the widget comes last");
        assertEquals(w.references().size() + 1, opens.size());
    }

    @Test
    void announcesTheProtocolVersionOfThePinnedIpywidgets() throws IOException {
        var fake = new FakeTransport();
        new WidgetSession(fake).open(new Label("x"));
        for (var open : fake.sent(s -> s.type().equals("comm_open"))) {
            assertEquals(reference().get("protocol_version"), open.metadata().get("version"));
            assertEquals(WidgetProtocol.TARGET, open.data().get("target_name"));
            assertEquals(List.of(), open.data().get("buffer_paths"));
        }
    }

    @Test
    void showDisplaysAViewOfVersionTwoAndThePlainTextFallback() {
        var fake = new FakeTransport();
        var slider = new FloatSlider("rate", 0, 1, 0.1, 0.5);
        new WidgetSession(fake).show(slider, "static note");
        var display = fake.sent(s -> s.type().equals("display_data")).get(0).data();
        assertEquals("static note", display.get("text/plain"));
        assertEquals(Map.of("model_id", slider.modelId(), "version_major", 2, "version_minor", 0),
                display.get(WidgetProtocol.VIEW_MIME));
        assertTrue(fake.sent().indexOf(fake.opened("FloatSliderModel")) < fake.sent().size() - 1, "opened before display");
    }
}
