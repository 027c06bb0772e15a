package brokerlab.bench;

import brokerlab.stats.ConfidenceInterval;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Sim;

import java.util.ArrayDeque;

/**
 * M/M/4 written the way SSJ's own tutorial writes its single-server queue ({@code tutorial/QueueEv.java},
 * L'Ecuyer, SSJ user guide): an {@link Event} subclass per event type on SSJ's default event list, one
 * {@link MRG32k3a} stream per random source, {@link ExponentialGen} by inversion, customers as small objects
 * in a FIFO. The only changes: c = 4 busy-server counter instead of a one-server list, an {@link ArrayDeque}
 * instead of {@code LinkedList} (faster, so kinder to SSJ), and the run stops after a number of customers
 * rather than at a time horizon so that every engine does the same work.
 *
 * <p>Replication r advances both streams to their r-th substream, SSJ's way to get independent runs.
 */
public final class SsjMm4 implements Mm4Engine {

    @Override
    public String name() { return "SSJ 3.3.2 events (MRG32k3a, inversion)"; }

    @Override
    public ConfidenceInterval run(long customers, int replication) {
        return new Run(customers, replication).simulate();
    }

    private static final class Run {
        final MRG32k3a arrivalStream = new MRG32k3a();
        final MRG32k3a serviceStream = new MRG32k3a();
        final RandomVariateGen genArr;
        final RandomVariateGen genServ;
        final ArrayDeque<Customer> waitList = new ArrayDeque<>();
        final WaitRecorder waits;
        int busy;

        Run(long customers, int replication) {
            // Fresh MRG32k3a objects continue from a static seed that advances per object; reset to the
            // package default so replication r is reproducible whatever ran earlier in this JVM.
            arrivalStream.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345});
            serviceStream.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345});
            serviceStream.resetNextSubstream();
            for (int r = 0; r < replication; r++) {
                arrivalStream.resetNextSubstream();
                arrivalStream.resetNextSubstream();
                serviceStream.resetNextSubstream();
                serviceStream.resetNextSubstream();
            }
            genArr = new ExponentialGen(arrivalStream, Mm4.ARRIVAL_RATE);
            genServ = new ExponentialGen(serviceStream, Mm4.SERVICE_RATE);
            waits = new WaitRecorder(customers);
        }

        ConfidenceInterval simulate() {
            Sim.init();
            new Arrival().schedule(genArr.nextDouble());
            Sim.start();
            return waits.meanWait();
        }

        final class Customer { double arrivTime, servTime; }

        final class Arrival extends Event {
            @Override
            public void actions() {
                new Arrival().schedule(genArr.nextDouble());
                Customer cust = new Customer();
                cust.arrivTime = Sim.time();
                cust.servTime = genServ.nextDouble();
                if (busy < Mm4.SERVERS) {
                    busy++;
                    startService(cust);
                } else {
                    waitList.addLast(cust);
                }
            }
        }

        final class Departure extends Event {
            @Override
            public void actions() {
                Customer next = waitList.pollFirst();
                if (next != null) startService(next);
                else busy--;
            }
        }

        void startService(Customer cust) {
            if (waits.record(Sim.time() - cust.arrivTime)) Sim.stop();
            new Departure().schedule(cust.servTime);
        }
    }
}
