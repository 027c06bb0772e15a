package brokerlab.widget;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each control type's own sync rules: integer slider, selections by index, checkbox, text, output, boxes. */
class ControlsTest {
    private final FakeTransport fake = new FakeTransport();
    private final WidgetSession session = new WidgetSession(fake);

    private List<FakeTransport.Sent> messages(Widget w) {
        return fake.sent(s -> s.type().equals("comm_msg") && w.modelId().equals(s.commId()));
    }

    @Test
    void anIntSliderRoundsAFractionalFrontendValueAndSendsTheIntegerBack() {
        var servers = new IntSlider("servers", 1, 16, 1, 4);
        List<Integer> seen = new ArrayList<>();
        servers.onValue(seen::add);
        session.open(servers);
        fake.frontend(servers.modelId(), FakeTransport.update(Map.of("value", 6.0)));
        fake.frontend(servers.modelId(), FakeTransport.update(Map.of("value", 40)));
        assertEquals(List.of(6, 16), seen);
        var out = messages(servers);
        assertEquals(List.of("echo_update", "echo_update", "update"), out.stream().map(FakeTransport.Sent::method).toList());
        assertEquals(Map.of("value", 16), out.get(2).state());
    }

    @Test
    void aDropdownSyncsTheIndexAndResolvesTheLabel() {
        var law = new Dropdown("service", List.of("exponential", "lognormal", "Lomax"), "exponential");
        List<String> seen = new ArrayList<>();
        law.onValue(seen::add);
        session.open(law);
        assertEquals(List.of("exponential", "lognormal", "Lomax"), fake.opened("DropdownModel").state().get("_options_labels"));
        fake.frontend(law.modelId(), FakeTransport.update(Map.of("index", 2)));
        assertEquals("Lomax", law.value());
        assertEquals(List.of("Lomax"), seen);
        law.value("lognormal");
        assertEquals(Map.of("index", 1), messages(law).get(messages(law).size() - 1).state());
    }

    @Test
    void aSelectionRefusesAnIndexOutsideItsOptionsAndRestoresTheFrontend() {
        var topo = new ToggleButtons("topology", List.of("1 DC", "3 AZ", "3 regions"), "3 AZ");
        session.open(topo);
        fake.frontend(topo.modelId(), FakeTransport.update(Map.of("index", 7)));
        assertEquals("3 AZ", topo.value());
        var out = messages(topo);
        assertEquals(List.of("echo_update", "update"), out.stream().map(FakeTransport.Sent::method).toList());
        assertEquals(Map.of("index", 1), out.get(1).state());
        assertThrows(IllegalArgumentException.class, () -> topo.value("5 regions"));
        assertThrows(IllegalArgumentException.class, () -> new Dropdown("x", List.of("a"), "b"));
    }

    @Test
    void aCheckboxTakesBooleansFromTheFrontend() {
        var box = new Checkbox("simulate", true);
        List<Boolean> seen = new ArrayList<>();
        box.onValue(seen::add);
        session.open(box);
        fake.frontend(box.modelId(), FakeTransport.update(Map.of("value", false)));
        assertEquals(List.of(false), seen);
    }

    @Test
    void labelsAndHtmlSendTheirTextAndHtmlEscapesMarkup() {
        var label = new Label("waiting");
        var html = new HtmlWidget("");
        session.open(new VBox(label, html));
        label.value("M/M/c is off by 3.2x at p99 here");
        html.value("<b>" + HtmlWidget.escape("a < b & c") + "</b>");
        assertEquals(Map.of("value", "M/M/c is off by 3.2x at p99 here"), messages(label).get(0).state());
        assertEquals(Map.of("value", "<b>a &lt; b &amp; c</b>"), messages(html).get(0).state());
    }

    @Test
    void anOutputShowsAPngFigureThenReplacesItWithAnErrorLine() {
        var out = new Output();
        session.open(out);
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        out.showImage(image, "hockey stick");
        @SuppressWarnings("unchecked")
        var first = ((List<Map<String, Object>>) messages(out).get(0).state().get("outputs")).get(0);
        assertEquals("display_data", first.get("output_type"));
        @SuppressWarnings("unchecked")
        var data = (Map<String, Object>) first.get("data");
        byte[] png = Base64.getDecoder().decode((String) data.get("image/png"));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertEquals("hockey stick", data.get("text/plain"));

        out.showError("utilisation 1.2 >= 1: the queue is unstable");
        assertEquals(List.of(Map.of("output_type", "stream", "name", "stderr", "text", "utilisation 1.2 >= 1: the queue is unstable\n")),
                messages(out).get(1).state().get("outputs"));
        out.showText("ok");
        out.clear();
        assertEquals(List.of(), messages(out).get(3).state().get("outputs"));
    }

    @Test
    void boxesReferToChildrenThatAreOpenedFirstAndNewChildrenAreOpenedBeforeTheUpdate() {
        var a = new Label("a");
        var row = new HBox(a);
        session.open(row);
        assertEquals(List.of(WidgetProtocol.MODEL_REFERENCE + a.modelId()), fake.opened("HBoxModel").state().get("children"));
        var b = new Label("b");
        row.children(List.of(a, b));
        assertTrue(b.isOpen());
        var sent = fake.sent();
        int openB = sent.indexOf(sent.stream().filter(s -> s.type().equals("comm_open") && b.modelId().equals(s.commId())).findFirst().orElseThrow());
        int update = sent.indexOf(messages(row).get(0));
        assertTrue(openB < update, "child opened before the box refers to it");
        assertEquals(Map.of("children", List.of(WidgetProtocol.MODEL_REFERENCE + a.modelId(), WidgetProtocol.MODEL_REFERENCE + b.modelId())),
                messages(row).get(0).state());
    }

    @Test
    void layoutAndStylePropertiesSyncAsTheirOwnModels() {
        var s = new FloatSlider("a long description", 0, 1, 0.1, 0);
        session.open(s);
        s.layout().set("width", "420px");
        s.style().set("description_width", "initial");
        assertEquals(Map.of("width", "420px"), messages(s.layout()).get(0).state());
        assertEquals(Map.of("description_width", "initial"), messages(s.style()).get(0).state());
    }

    @Test
    void theControlCommAnswersRequestStatesWithEveryOpenModel() {
        var label = new Label("x");
        session.open(label);
        String control = fake.frontendOpens(WidgetProtocol.CONTROL_TARGET, Map.of("version", "1.0.0"));
        fake.frontend(control, Map.of("method", "request_states"));
        var reply = fake.sent(s -> control.equals(s.commId())).get(0).data();
        assertEquals("update_states", reply.get("method"));
        @SuppressWarnings("unchecked")
        var states = (Map<String, Map<String, Object>>) reply.get("states");
        assertEquals(session.openCount(), states.size());
        assertEquals("LabelModel", states.get(label.modelId()).get("model_name"));
        assertEquals("2.0.0", states.get(label.modelId()).get("model_module_version"));
    }
}
