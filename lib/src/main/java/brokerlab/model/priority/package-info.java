/**
 * Priority classes on a c-server station (control traffic ahead of bulk traffic): each class has its own Poisson
 * or renewal arrivals and service distribution; class 0 is served first; within a class, FCFS. Two disciplines:
 * non-preemptive (a started job finishes) and preemptive-resume (an arriving higher-class job takes the server from
 * the lowest-class job in service, which later resumes where it stopped). The exact and standard formulas to
 * compare with are in {@link brokerlab.analytic.PriorityQueues}.
 *
 * <pre>{@code
 * Estimates<PriorityRun> e = PriorityStation.of(2, Preemption.NON_PREEMPTIVE)
 *         .withClass("control", Exponential.withRate(0.5), Exponential.withRate(1))
 *         .withClass("bulk", Exponential.withRate(1.0), Exponential.withRate(1))
 *         .simulate().customers(200_000).replications(10).seed(42).run();
 * Estimates.of(e.runs().stream().map(r -> r.priorityClass(0)).toList()).get(Metric.MEAN_WAIT);
 *         // about 0.44 ± 0.01; Cobham: W0 = C(2, 1.5) / (2 (1 - 0.25)) = 0.643/1.5 = 0.4286
 * }</pre>
 */
package brokerlab.model.priority;
