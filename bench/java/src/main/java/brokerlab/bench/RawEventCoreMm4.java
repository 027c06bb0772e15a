package brokerlab.bench;

import brokerlab.random.RandomStream;
import brokerlab.sim.EventHandler;
import brokerlab.sim.Simulator;
import brokerlab.stats.ConfidenceInterval;

/**
 * M/M/4 on BrokerLab's raw event core ({@link Simulator} with primitive events, {@link RandomStream}
 * ziggurat exponentials), written in the bench rather than taken from {@code brokerlab.model}: it measures
 * the event list and dispatch loop alone, the floor under any station model built on them.
 * Waiting customers are kept as arrival times in a growable ring buffer, so nothing is allocated per event.
 */
public final class RawEventCoreMm4 implements Mm4Engine {

    @Override
    public String name() { return "BrokerLab raw event core (bench model)"; }

    @Override
    public ConfidenceInterval run(long customers, int replication) {
        return new Run(customers, replication).simulate();
    }

    private static final class Run implements EventHandler {
        static final int ARRIVAL = 0, DEPARTURE = 1;
        final Simulator sim = new Simulator(this);
        final RandomStream arrivals;
        final RandomStream service;
        final WaitRecorder waits;
        double[] queue = new double[64];
        int head, size, busy;

        Run(long customers, int replication) {
            arrivals = RandomStream.of(Harness.SEED, replication, RandomStream.ARRIVALS);
            service = RandomStream.of(Harness.SEED, replication, RandomStream.SERVICE);
            waits = new WaitRecorder(customers);
        }

        ConfidenceInterval simulate() {
            sim.schedule(arrivals.nextExponential() / Mm4.ARRIVAL_RATE, ARRIVAL, 0);
            sim.run();
            return waits.meanWait();
        }

        @Override
        public void handle(int type, int payload) {
            if (type == ARRIVAL) {
                sim.schedule(arrivals.nextExponential() / Mm4.ARRIVAL_RATE, ARRIVAL, 0);
                if (busy < Mm4.SERVERS) {
                    busy++;
                    startService(sim.now());
                } else {
                    enqueue(sim.now());
                }
            } else if (size > 0) {
                double arrivedAt = queue[head];
                head = (head + 1) & (queue.length - 1);
                size--;
                startService(arrivedAt);
            } else {
                busy--;
            }
        }

        private void startService(double arrivedAt) {
            if (waits.record(sim.now() - arrivedAt)) sim.stop();
            sim.schedule(service.nextExponential() / Mm4.SERVICE_RATE, DEPARTURE, 0);
        }

        private void enqueue(double arrivedAt) {
            if (size == queue.length) {
                double[] bigger = new double[queue.length * 2];
                for (int i = 0; i < size; i++) bigger[i] = queue[(head + i) & (queue.length - 1)];
                queue = bigger;
                head = 0;
            }
            queue[(head + size) & (queue.length - 1)] = arrivedAt;
            size++;
        }
    }
}
