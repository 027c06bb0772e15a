package brokerlab.model.broker;

import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.util.Check;

import java.util.function.DoubleConsumer;

/**
 * One SQS-style broker, ready to simulate (see {@link BrokerEvents} for the model and the run protocol).
 * <pre>{@code
 * Broker b = Broker.li2015(30, 10, 5, 10, 5, 0.12).withVisibility(Visibility.AFTER_FAILURE, 2.0);
 * Estimates<BrokerRun> e = b.simulate().time(100, 1_000).replications(10).seed(13).run();
 * e.get(BrokerRun.MEAN_LATENCY);    // covers BrokerTheory.meanLatency(b) = Jackson + V p / (1 - p)
 * }</pre>
 * Run length: the broker runs on its clock, so {@link RunLength.Time} is native: producers send during
 * warm-up plus duration, the messages sent after the warm-up are measured, and the run drains. A customer length
 * (messages) is converted at {@code arrivalRate}.
 *
 * @param arrivalRate        Poisson rate of messages sent by the producers (messages/s)
 * @param senderService      time one sender thread spends on a message before the replicated write
 * @param senderThreads      n1, threads of the sender stage (FCFS, shared queue)
 * @param replicas           r, replicas each message is written to before the send completes
 * @param replicaWriteMean   mean of one replica write, exponential and independent; the send waits for the
 *                           slowest, max of r writes (mean replicaWriteMean * H_r); 0 = free replication
 * @param consumerService    processing time of one receive by a consumer thread
 * @param consumerThreads    n2, consumer threads polling the queue
 * @param failureProbability p, probability that a processing ends without a delivered acknowledgement (lost ack
 *                           or consumer crash); the message then reappears after the visibility timeout
 * @param visibilityTimeout  V (s), how long a received message stays invisible, see {@link Visibility}
 * @param visibility         when the timeout starts
 * @param maxReceives        receives after which a message that reappears goes to the dead-letter queue
 *                           ({@link #UNLIMITED} for none)
 * @param delivery           in-order (FIFO groups) or out-of-order delivery
 * @param groups             message groups for {@link Delivery#IN_ORDER} (ignored out of order)
 */
public record Broker(double arrivalRate, Distribution senderService, int senderThreads, int replicas,
                           double replicaWriteMean, Distribution consumerService, int consumerThreads,
                           double failureProbability, double visibilityTimeout, Visibility visibility,
                           int maxReceives, Delivery delivery, int groups) implements Model<BrokerRun> {
    /** No dead-letter queue. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Broker {
        Check.positive("arrivalRate", arrivalRate);
        Check.notNull("senderService", senderService);
        Check.atLeast("senderThreads", senderThreads, 1);
        Check.atLeast("replicas", replicas, 1);
        Check.nonNegative("replicaWriteMean", replicaWriteMean);
        Check.notNull("consumerService", consumerService);
        Check.atLeast("consumerThreads", consumerThreads, 1);
        Check.probabilityBelowOne("failureProbability", failureProbability);
        Check.nonNegative("visibilityTimeout", visibilityTimeout);
        Check.notNull("visibility", visibility);
        Check.atLeast("maxReceives", maxReceives, 1);
        Check.notNull("delivery", delivery);
        Check.atLeast("groups", groups, 1);
        double sendTime = senderService.mean() + replicaWriteMean * harmonic(replicas);
        Check.stable("sender stage (n1 = " + senderThreads + ") utilisation", arrivalRate * sendTime / senderThreads);
        // Necessary, not sufficient: every message is processed at least once.
        Check.stable("consumer stage (n2 = " + consumerThreads + ") utilisation",
                arrivalRate * consumerService.mean() / consumerThreads);
    }

    /**
     * The base paper's model: exponential stages (rates mu1, mu2), free replication, immediate retry at the broker
     * queue (AFTER_FAILURE with V = 0), no dead-letter queue, out-of-order delivery.
     */
    public static Broker li2015(double lambda, double mu1, int n1, double mu2, int n2, double p) {
        return new Broker(lambda, Exponential.withRate(mu1), n1, 1, 0, Exponential.withRate(mu2), n2, p,
                0, Visibility.AFTER_FAILURE, UNLIMITED, Delivery.OUT_OF_ORDER, 1);
    }

    public Broker withVisibility(Visibility visibility, double timeout) {
        return new Broker(arrivalRate, senderService, senderThreads, replicas, replicaWriteMean, consumerService,
                consumerThreads, failureProbability, timeout, visibility, maxReceives, delivery, groups);
    }

    public Broker withFailureProbability(double p) {
        return new Broker(arrivalRate, senderService, senderThreads, replicas, replicaWriteMean, consumerService,
                consumerThreads, p, visibilityTimeout, visibility, maxReceives, delivery, groups);
    }

    public Broker withReplication(int replicas, double writeMean) {
        return new Broker(arrivalRate, senderService, senderThreads, replicas, writeMean, consumerService,
                consumerThreads, failureProbability, visibilityTimeout, visibility, maxReceives, delivery, groups);
    }

    public Broker withConsumerService(Distribution service) {
        return new Broker(arrivalRate, senderService, senderThreads, replicas, replicaWriteMean, service,
                consumerThreads, failureProbability, visibilityTimeout, visibility, maxReceives, delivery, groups);
    }

    public Broker withMaxReceives(int maxReceives) {
        return new Broker(arrivalRate, senderService, senderThreads, replicas, replicaWriteMean, consumerService,
                consumerThreads, failureProbability, visibilityTimeout, visibility, maxReceives, delivery, groups);
    }

    /** In-order delivery over {@code groups} FIFO message groups. */
    public Broker inOrder(int groups) {
        return new Broker(arrivalRate, senderService, senderThreads, replicas, replicaWriteMean, consumerService,
                consumerThreads, failureProbability, visibilityTimeout, visibility, maxReceives, Delivery.IN_ORDER, groups);
    }

    /** An experiment on this broker with the default plan; chain its setters, then {@code run()}. */
    public Experiment<BrokerRun> simulate() {
        return Experiment.of(this);
    }

    /** One drained replication (see the class comment for the run length). */
    @Override
    public BrokerRun run(RunLength length, long seed, int replication) {
        return run(length, seed, replication, null);
    }

    /**
     * As {@link #run(RunLength, long, int)}, also passing every measured latency to {@code latencies} (for tail
     * analysis of one long run: Hill, peaks over threshold, bootstrap), or to nobody when it is null.
     */
    public BrokerRun run(RunLength length, long seed, int replication, DoubleConsumer latencies) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        return BrokerEvents.run(this, length.inTime(arrivalRate), seed, replication, latencies);
    }

    /** H_r = 1 + 1/2 + ... + 1/r: the mean of the max of r unit exponentials (Rényi representation). */
    static double harmonic(int r) {
        double h = 0;
        for (int i = 1; i <= r; i++) h += 1.0 / i;
        return h;
    }
}
