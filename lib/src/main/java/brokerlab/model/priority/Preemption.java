package brokerlab.model.priority;

/** What an arriving higher-priority job does when every server is busy with lower-priority work. */
public enum Preemption {
    /** It waits: a job in service always finishes (head-of-line priority, Cobham 1954). */
    NON_PREEMPTIVE,
    /** It takes the server from the lowest-priority job in service, which resumes its remaining work later. */
    PREEMPTIVE_RESUME
}
