package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brokerlab.dist.Distributions;
import brokerlab.model.closed.ClientSchedule;
import org.junit.jupiter.api.Test;

class ClosedLoopLoadTest {

    @Test
    void usersThatThinkAndWaitFixedTimesCycleAtTheRateTheInteractiveLawGives() {
        // N users, think Z = 20 ms, a request that takes R = 10 ms and never queues: X = N / (Z + R) = 4 / 30 per ms
        ClosedLoopLoad.Request fixed = (user, rng) -> {
            Pacer.sleepUntil(System.nanoTime() + 10_000_000);
            return ClosedLoopLoad.Outcome.COMPLETED;
        };
        ClosedLoopResult r = ClosedLoopLoad.run(ClientSchedule.constant(4, 1_500), Distributions.parse("det(value=20)"), fixed, 1, 0);
        var s = r.step(0);
        assertEquals(4.0 / 30, s.throughput(), 0.15 * 4.0 / 30, r.table().print());   // timer overshoot lengthens each cycle a little
        // the response is the request's 10 ms plus the sleep's overshoot (up to a few ms on a loaded machine), never
        // the 20 ms think time as well
        assertTrue(s.meanResponse() >= 10 && s.meanResponse() < 20, "response " + s.meanResponse());
    }

    @Test
    void aStaircaseAddsUsersAtEachStepAndCountsOutcomesWhereTheyHappen() {
        ClosedLoopLoad.Request refuse = (user, rng) -> ClosedLoopLoad.Outcome.REJECTED;
        ClosedLoopResult r = ClosedLoopLoad.run(ClientSchedule.staircase(400, 1, 3), Distributions.parse("det(value=10)"), refuse, 1, 0);
        assertEquals(0, r.step(0).completed() + r.step(1).completed());
        // 1 user then 3, each refused at once after a 10 ms think: about 40 and 120 refusals
        assertTrue(r.step(0).rejected() >= 25 && r.step(0).rejected() <= 41, r.table().print());
        assertTrue(r.step(1).rejected() >= 2.5 * r.step(0).rejected(), r.table().print());
        assertEquals(1.0, r.step(1).rejectedFraction(), 0.05);
    }
}
