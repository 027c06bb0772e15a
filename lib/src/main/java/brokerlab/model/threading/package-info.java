/**
 * Threading models of one broker node, simulated: a fixed FCFS worker pool, thread-per-connection with a connection
 * limit, a pool whose threads slow each other down as they contend for the cores, and processor sharing. The exact
 * birth–death solutions are in {@link brokerlab.analytic.ThreadingModels}.
 *
 * <p>Example: 8 threads on 4 cores with 5% overhead per extra busy thread, at 30 messages/s of 100 ms work,
 * <pre>{@code
 * var node = BrokerNode.of(ThreadingModel.CONTENDED_POOL, 30, Exponential.withRate(10), 4, 8, 0.05);
 * node.simulate().customers(50_000).replications(10).seed(42).run().get(Metric.MEAN_RESPONSE);
 *         // covers node.exact().meanResponse()
 * }</pre>
 */
package brokerlab.model.threading;
