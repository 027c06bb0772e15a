/**
 * Distributions of durations (inter-arrival times, service demands, link delays) parametrised the way modellers
 * think: by mean and SCV, or mean and shape (alpha, k). Every {@link brokerlab.dist.Distribution} is immutable,
 * samples without allocating from a {@link brokerlab.random.RandomStream}, knows its cdf, quantile and raw
 * moments, rescales to a new mean with the same shape, and writes a text spec that
 * {@link brokerlab.dist.Distributions#parse} reads back.
 *
 * <p>Mind the two Paretos: {@code pareto(alpha=2.5,mean=1)} (Type I, support [0.6, inf)) has SCV 0.8, while
 * {@code lomax(alpha=2.5,mean=1)} (Pareto II, support [0, inf)) has SCV 5.
 *
 * <pre>{@code
 * Distribution service = Distributions.parse("lomax(alpha=2.5, mean=0.004)");   // 4 ms mean, SCV 5
 * RandomStream rng = RandomStream.of(42, RandomStream.SERVICE);
 * double s = service.sample(rng);
 * double p99 = service.quantile(0.99);                  // 0.006 * (100^0.4 - 1) = 0.0319 s
 * Distribution faster = service.withMean(0.002);        // same alpha, same SCV, twice the speed
 * }</pre>
 */
package brokerlab.dist;
