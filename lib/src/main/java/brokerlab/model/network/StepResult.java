package brokerlab.model.network;

/**
 * One step of a staircase load test ({@link ArrivalSchedule}). Response times belong to the jobs that ARRIVED in
 * the step (also if they finish later); throughput counts the exits that happened DURING the step.
 *
 * @param index        step number from 0
 * @param start        start time of the step
 * @param duration     length of the step
 * @param rate         scheduled arrival rate
 * @param arrivals     jobs that arrived in the step
 * @param rejected     of those, jobs rejected at some full station
 * @param completed    of those, jobs that left the network normally
 * @param throughput   exits per unit time during the step
 * @param meanResponse mean end-to-end response of the completed jobs that arrived in the step (NaN if none)
 * @param p99Response  their 99th percentile (NaN if none)
 */
public record StepResult(int index, double start, double duration, double rate, long arrivals, long rejected,
                         long completed, double throughput, double meanResponse, double p99Response) {
}
