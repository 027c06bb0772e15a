package brokerlab.plot;

import brokerlab.protocol.net.LinkDelay;
import brokerlab.protocol.net.Network;
import brokerlab.protocol.net.NodeConfig;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import brokerlab.sim.Simulator;
import brokerlab.timeline.Timeline;
import brokerlab.timeline.TimelineEvent;
import brokerlab.timeline.TimelineMessage;
import brokerlab.timeline.TimelineRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TimelineFigureTest {
    /** Three nodes and the client: a put fans out to two replicas, one of them is down when it arrives, a timer sends the reply. */
    private static Timeline run() {
        var sim = new Simulator();
        var net = new Network(sim, Topology.uniform("dc", LinkDelay.fixed(1)), 3, NodeConfig.noCpu(LinkDelay.fixed(0.5)),
                0, RandomStream.of(1, RandomStream.NETWORK));
        var rec = TimelineRecorder.attach(net);
        rec.mark(3, "put x");
        net.send(3, 0, "Put", 64, () -> {
            for (int r = 1; r < 3; r++) {
                int to = r;
                net.send(0, to, "Replicate", 64, () -> net.fsync(to, () -> net.send(to, 0, "Ack", 16, () -> { })));
            }
            net.timer(0, 4, () -> net.send(0, 3, "PutOk", 16, () -> rec.mark(3, "ok")));
        });
        sim.schedule(1.5, () -> net.crash(2));
        sim.schedule(5, () -> net.recover(2));
        sim.run();
        return rec.timeline();
    }

    @Test
    void drawsEveryMessageOfTheWindowAsAnArrowInClockOrder() {
        Timeline t = run();
        var fig = Figure.timeline("A replicated put", t);
        assertEquals(t.messages().size(), fig.arrows().size());
        for (TimelineMessage m : fig.arrows()) {
            if (m.fate() != TimelineMessage.Fate.DELIVERED) continue;
            TimelineEvent s = t.events().get(m.sendEvent()), r = t.events().get(m.receiveEvent());
            assertTrue(s.before(r) && !r.before(s), () -> "arrow " + m + " goes against the clocks");
        }
        assertEquals(1, t.messages(TimelineMessage.Fate.DROPPED).size(), "the Replicate to node 2 arrives at 2.0 while it is down (1.5-5.0)");
    }

    @Test
    void rendersOneRowPerProcessWithColouredArrows() {
        BufferedImage img = Figure.timeline("A replicated put", run()).clocks(true).image();
        assertEquals(900, img.getWidth());
        assertEquals(48 + 64 * 4 + 44 + 22 * 2 + 16, img.getHeight(), "rows for 4 processes, the axis and two legend lines");
        // the first message kind takes the first palette colour: find it on the image
        int blue = HouseStyle.colour(0).getRGB(), found = 0;
        for (int x = 0; x < img.getWidth(); x++) for (int y = 0; y < img.getHeight(); y++) if (img.getRGB(x, y) == blue) found++;
        assertTrue(found > 50, "only " + found + " pixels of the first arrow colour");
    }

    @Test
    void aWindowLeavesOutMessagesOutsideIt() {
        Timeline t = run();
        var fig = Figure.timeline("late part", t).window(4.5, 7);
        assertTrue(fig.arrows().size() < t.messages().size());
        for (TimelineMessage m : fig.arrows()) assertTrue(m.sendTime() <= 7);
        assertNotNull(fig.image());
        var e = assertThrows(IllegalArgumentException.class, () -> fig.window(5, 5));
        assertTrue(e.getMessage().startsWith("to = 5.0 is invalid"), e.getMessage());
    }

    @Test
    void savesAsPng(@TempDir Path dir) throws Exception {
        Path png = Figure.timeline("A replicated put", run()).save(dir.resolve("t.png"));
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void hidingIdleLinesDropsProcessesWithNothingInTheWindow() {
        Timeline t = run();
        // in [4.5, 7] only node 0 (timer, reply), node 2 (recovery) and the client (reply, mark) act; node 1 is idle
        BufferedImage all = Figure.timeline("late part", t).window(4.5, 7).image();
        BufferedImage busy = Figure.timeline("late part", t).window(4.5, 7).hideIdle(true).image();
        assertEquals(64, all.getHeight() - busy.getHeight(), "one line of 64 pixels fewer");
    }
}
