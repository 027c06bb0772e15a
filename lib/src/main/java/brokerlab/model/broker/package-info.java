/**
 * An SQS-style message broker as a discrete-event model: the system that Li, Cui &amp; Ma (2015) abstract as a
 * two-stage queueing network, with the parts their abstraction leaves out put back in: replicated writes, the
 * visibility timeout, lost acknowledgements and consumer crashes (hence duplicates), a dead-letter queue after a
 * maximum receive count, and in-order (FIFO message group) versus out-of-order delivery.
 *
 * <p>Example: the paper's model with n = 5 threads per stage and a 2 s visibility timeout after failures,
 * <pre>{@code
 * var b = Broker.li2015(30, 10, 5, 10, 5, 0.12).withVisibility(Visibility.AFTER_FAILURE, 2.0);
 * var est = b.simulate().time(200, 1_800).replications(10).seed(42).run();
 * est.get(BrokerRun.MEAN_LATENCY);        // about BrokerTheory.meanLatency(b) = Jackson + V p / (1 - p)
 * }</pre>
 * Every replication drains (arrivals stop at the horizon, the run continues until every message is deleted or
 * dead-lettered), so the counts in {@link brokerlab.model.broker.BrokerRun} conserve messages exactly.
 */
package brokerlab.model.broker;
