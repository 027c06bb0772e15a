package brokerlab.measure.scaling;

/**
 * One measurement window of a fixed population (one replication of a {@link ScalingPoint}). Times in ms, demands in
 * CPU ms per completed request, utilisations as fractions.
 *
 * @param completed      requests answered
 * @param failed         requests that failed (0 on a healthy run)
 * @param seconds        window length, wall-clock s
 * @param throughput     completed per second
 * @param meanResponse   mean response, ms
 * @param p50            median response, ms
 * @param p95            95th percentile, ms
 * @param p99            99th percentile, ms
 * @param nodeCpu        CPU of this JVM outside the users' own threads and the JIT compiler (nodes, both sides'
 *                       transport I/O threads, GC), plus the node processes' own when nodes run as processes, per
 *                       request
 * @param clientCpu      CPU of the virtual users' threads during their calls (client stubs, serialisation) per request
 * @param valkeyCpu      CPU of the Valkey process per request
 * @param jitCpu         CPU of the JIT compiler threads per request (warm-up, not part of the demand)
 * @param valkeyWait     wall time the nodes spent waiting for Valkey per request (round trips included)
 * @param cpuUtilization (JVM + Valkey CPU) / (cores x window): the busy fraction of the shared cores due to the study
 * @param valkeyUtilization Valkey CPU / window: its single thread's busy fraction
 * @param machineBusy    busy fraction of all cores from /proc/stat, other jobs included
 * @param loadAverage    one-minute load average at the window's start
 * @param failure        why the window ended early, or null
 */
record Window(long completed, long failed, double seconds, double throughput, double meanResponse, double p50, double p95,
              double p99, double nodeCpu, double clientCpu, double valkeyCpu, double jitCpu, double valkeyWait, double cpuUtilization,
              double valkeyUtilization, double machineBusy, double loadAverage, String failure) {

    /** All CPU consumed on the shared cores per request: node + client + Valkey. */
    double cpuDemand() {
        return nodeCpu + clientCpu + valkeyCpu;
    }
}
