package brokerlab.display;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class ProgressBarTest {

    /** Records what a kernel would be sent. */
    static final class Recorder implements DisplaySink {
        final List<String> shown = new ArrayList<>(), replaced = new ArrayList<>();
        @Override public String show(String html, String text) { shown.add(html); return "id" + shown.size(); }
        @Override public void replace(String id, String html, String text) { replaced.add(id + " " + html); }
        @Override public void display(Object value) { }
    }

    @Test
    void showsABarAtOnceUpdatesItThrottledAndEndsWithASummary() {
        var sink = new Recorder();
        var clock = new AtomicLong();
        var bar = new ProgressBar("sweep", sink, clock::get);
        assertEquals(1, sink.shown.size());
        assertTrue(sink.shown.get(0).contains("<progress style="), "indeterminate bar first: " + sink.shown.get(0));
        // 10 updates 100 ms apart: shown at 0.3 s, 0.6 s, 0.9 s (250 ms throttle), then the summary at 1.0 s.
        for (int done = 1; done <= 10; done++) {
            clock.addAndGet(100_000_000L);
            bar.update(done, 10, "");
        }
        assertEquals(4, sink.replaced.size(), String.join("\n", sink.replaced));
        assertTrue(sink.replaced.get(0).startsWith("id1 ") && sink.replaced.get(0).contains("<progress value=\"3\" max=\"10\""));
        // after 3 of 10 in 0.3 s, 7 more take about 0.7 s
        assertTrue(sink.replaced.get(0).contains("sweep: 3 of 10 · 0.3 s elapsed · about 0.7 s left"), sink.replaced.get(0));
        assertEquals("id1 <div class=\"bl-progress-done\">✓ sweep: 10 of 10 done in 1.0 s</div>", sink.replaced.get(3));
    }

    @Test
    void reusingTheBarForASecondRunStartsANewOne() {
        var sink = new Recorder();
        var bar = new ProgressBar("reps", sink, new AtomicLong()::get);
        bar.update(2, 2, "");
        bar.update(1, 3, "");
        assertEquals(2, sink.shown.size());
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("0.4 s", ProgressBar.duration(400_000_000L));
        assertEquals("3 min 05 s", ProgressBar.duration(185_000_000_000L));
        assertEquals("1 h 02 min", ProgressBar.duration(3_720_000_000_000L));
    }
}
