package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brokerlab.experiment.Experiment;
import brokerlab.experiment.RunLength;
import org.junit.jupiter.api.Test;

class EmbeddedActiveMqTest {

    @Test
    void aQueueOnTheLoopbackConnectorDeliversInOrderAndClosingReleasesThePort() {
        int port;
        try (EmbeddedActiveMq amq = EmbeddedActiveMq.start()) {
            port = amq.port();
            assertTrue(amq.isAlive() && LoopbackPort.isOpen(port));
            assertTrue(amq.address().startsWith("tcp://127.0.0.1:"));
            try (MessageQueue q = amq.queue("t", QueueLayout.SHARED, 1);
                 MessageQueue.Sender s = q.sender(); MessageQueue.Receiver r = q.receiver(0)) {
                s.send(new Task(1, 10), 0);
                s.send(new Task(2, 20), 0);
                assertEquals(new Task(1, 10), r.receive(5_000));
                r.complete();
                assertEquals(new Task(2, 20), r.receive(5_000));
                r.complete();
                assertNull(r.receive(50), "an empty queue answers null after the timeout");
            }
        }
        assertFalse(LoopbackPort.isOpen(port));
        NothingLeftBehind.check(port);
    }

    @Test
    void aShortMeasurementCompletesEveryMessageWithTheSameDrawsAsTheSimulation() {
        try (EmbeddedActiveMq amq = EmbeddedActiveMq.start()) {
            Measurement m = Measurement.on(amq).arrival("exp(mean=4)").service("exp(mean=3)").workers(2);
            MeasuredRun run = Experiment.of(m).length(RunLength.customers(30, 300)).seed(7).runOnce();
            assertNull(run.failure());
            assertEquals(0, run.lost());
            assertEquals(300, run.get(brokerlab.model.StationRun.DEPARTURES));
            assertEquals(MeasurementTest.drawnMean(m.service(), 7, 0, 30, 300), run.get(MeasuredRun.MEAN_DRAWN_SERVICE), 1e-9);
            assertTrue(run.get(MeasuredRun.BROKER_ROUND_TRIP) > 0);
        }
    }
}
