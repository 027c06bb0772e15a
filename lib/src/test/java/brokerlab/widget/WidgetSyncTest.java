package brokerlab.widget;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two-way state sync at the message level: what goes out when Java sets a value, and when the front end does. */
class WidgetSyncTest {
    private FakeTransport fake;
    private WidgetSession session;
    private FloatSlider slider;

    @BeforeEach
    void open() {
        fake = new FakeTransport();
        session = new WidgetSession(fake);
        slider = new FloatSlider("rate", 0, 10, 0.5, 2);
        session.show(slider, "slider");
        fake.clear();
    }

    private List<FakeTransport.Sent> messages() {
        return fake.sent(s -> s.type().equals("comm_msg") && slider.modelId().equals(s.commId()));
    }

    @Test
    void aJavaSetSendsOneUpdateWithTheNewValue() {
        slider.value(3.5);
        assertEquals(List.of(Map.of("method", "update", "state", Map.of("value", 3.5), "buffer_paths", List.of())),
                messages().stream().map(FakeTransport.Sent::data).toList());
    }

    @Test
    void settingTheSameValueSendsNothingAndNotifiesNobody() {
        List<Change> seen = new ArrayList<>();
        slider.observe("value", seen::add);
        slider.value(2);
        assertEquals(List.of(), messages());
        assertEquals(List.of(), seen);
    }

    @Test
    void aFrontendUpdateIsEchoedFirstThenAppliedWithoutSendingItBack() {
        List<Change> seen = new ArrayList<>();
        slider.observe("value", seen::add);
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", 7)));
        assertEquals(7.0, slider.value());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).fromFrontend());
        assertEquals(2.0, seen.get(0).oldValue());
        var out = messages();
        assertEquals(1, out.size(), "only the echo: the front end already has 7, " + out);
        assertEquals("echo_update", out.get(0).method());
        assertEquals(Map.of("value", 7), out.get(0).state(), "the echo repeats what the front end sent");
    }

    @Test
    void anObserverThatKeepsTheFrontendValueSendsNothingButOneThatChangesItSendsAnUpdate() {
        slider.observe("value", c -> slider.value((Double) c.newValue()));   // same value: the property lock holds
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", 4)));
        assertEquals(List.of("echo_update"), messages().stream().map(FakeTransport.Sent::method).toList());

        fake.clear();
        slider.observe("value", c -> slider.value(Math.floor((Double) c.newValue())));   // snaps 5.5 to 5
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", 5.5)));
        var out = messages();
        assertEquals(List.of("echo_update", "update"), out.stream().map(FakeTransport.Sent::method).toList());
        assertEquals(Map.of("value", 5.0), out.get(1).state());
        assertEquals(5.0, slider.value());
    }

    @Test
    void aFrontendValueOutsideTheRangeIsClampedAndTheClampedValueGoesBackBeforeObserversRun() {
        List<String> order = new ArrayList<>();
        slider.observe("value", c -> order.add("observer saw " + c.newValue() + " after " + messages().size() + " messages"));
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", 500)));
        assertEquals(10.0, slider.value());
        var out = messages();
        assertEquals(List.of("echo_update", "update"), out.stream().map(FakeTransport.Sent::method).toList());
        assertEquals(Map.of("value", 10.0), out.get(1).state());
        assertEquals(List.of("observer saw 10.0 after 2 messages"), order);
    }

    @Test
    void requestStateIsAnsweredWithTheFullState() {
        slider.value(6);
        fake.clear();
        fake.frontend(slider.modelId(), Map.of("method", "request_state"));
        var out = messages();
        assertEquals(1, out.size());
        assertEquals("update", out.get(0).method());
        assertEquals(slider.keys().size(), out.get(0).state().size());
        assertEquals(6.0, out.get(0).state().get("value"));
        assertEquals(WidgetProtocol.MODEL_REFERENCE + slider.layout().modelId(), out.get(0).state().get("layout"));
    }

    @Test
    void unknownKeysCustomMessagesAndUnknownMethodsAreIgnored() {
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("no_such_key", 1)));
        fake.frontend(slider.modelId(), Map.of("method", "custom", "content", Map.of("event", "click")));
        fake.frontend(slider.modelId(), Map.of("method", "frobnicate"));
        assertEquals(List.of(), messages());
        assertEquals(2.0, slider.value());
    }

    @Test
    void aFailingObserverIsReportedInOneLineAndTheOthersStillRun() {
        List<String> errors = new ArrayList<>();
        session.onError(errors::add);
        List<Object> seen = new ArrayList<>();
        slider.observe("value", c -> { throw new IllegalStateException("model exploded"); });
        slider.observe("value", c -> seen.add(c.newValue()));
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", 3)));
        assertEquals(List.of(3.0), seen);
        assertEquals(List.of("observer of FloatSlider.value failed: model exploded"), errors);
    }

    @Test
    void aJavaSideObserverFailurePropagatesToTheCaller() {
        slider.observe("value", c -> { throw new IllegalStateException("model exploded"); });
        assertThrows(IllegalStateException.class, () -> slider.value(4));
    }

    @Test
    void closingSendsCommCloseAndForgetsTheWidget() {
        String id = slider.modelId();
        slider.close();
        assertFalse(slider.isOpen());
        assertEquals(1, fake.sent(s -> s.type().equals("comm_close") && id.equals(s.commId())).size());
        assertEquals(null, session.widget(id));
    }

    @Test
    void anUnknownStateKeyIsRefusedWithTheKeysThatExist() {
        var e = assertThrows(IllegalArgumentException.class, () -> slider.observe("valu", c -> {}));
        assertTrue(e.getMessage().contains("valu") && e.getMessage().contains("value"), e.getMessage());
    }

    @Test
    void valuesSetBeforeOpeningTravelInTheCommOpenState() {
        var label = new Label("before");
        label.value("still before");
        session.open(label);
        assertEquals("still before", fake.opened("LabelModel").state().get("value"));
    }

    @Test
    void aLateRoundingOfAnOlderValueDoesNotOverwriteWhatJavaSetSince() {
        // Run All: a cell sets 3.6, a later one 4.5 then 3.2; the page's answer to 3.6 arrives after the last cell
        slider.value(3.6).value(4.5).value(3.2);
        fake.clear();
        List<Change> seen = new ArrayList<>();
        slider.observe("value", seen::add);
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", Math.nextUp(3.6))));
        assertEquals(3.2, slider.value(), "the stale rounding of 3.6 was applied");
        assertEquals(List.of(), seen);
        assertEquals(List.of(), messages(), "nothing to echo or correct: the page already shows 3.2");
    }

    @Test
    void aRoundingIsRecognisedOnceAndAReaderMovingToThatValueLaterIsApplied() {
        slider.value(3.6).value(3.2);
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", Math.nextUp(3.6))));
        assertEquals(3.2, slider.value());
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", Math.nextUp(3.6))));
        assertEquals(Math.nextUp(3.6), slider.value(), "the second time it is the reader's move");
    }

    @Test
    void aValueFarFromAnythingJavaSentIsTheReadersMove() {
        slider.value(3.6);
        fake.frontend(slider.modelId(), FakeTransport.update(Map.of("value", 3.65)));
        assertEquals(3.65, slider.value());
    }
}
