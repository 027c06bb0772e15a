/**
 * What clients see: histories of reads, writes and compare-and-sets as clients observed them, and the checks that
 * decide whether a store behaved like one register per key. {@link brokerlab.consistency.History} holds invokes and
 * completions in real-time order ({@link brokerlab.consistency.HistoryRecorder} records them during a simulation,
 * {@link brokerlab.consistency.HistoryFile} reads and writes the JSON Lines format);
 * {@link brokerlab.consistency.LinearizabilityChecker} decides linearizability key by key within a
 * {@link brokerlab.consistency.Budget} and explains a failure with a minimal
 * {@link brokerlab.consistency.Counterexample}; {@link brokerlab.consistency.StaleReads} counts reads of overwritten
 * values; {@link brokerlab.consistency.InMemoryStore} produces histories of correct and deliberately broken stores.
 *
 * <pre>{@code
 * History h = InMemoryStore.run(InMemoryStore.Bug.STALE_READ, InMemoryStore.Workload.register(5, 400), 42);
 * Verdict v = LinearizabilityChecker.check(h, Budget.DEFAULT);
 * System.out.println(v.summary());   // NOT linearizable: 1 of 1 key fails; read(k0) -> ... cannot be linearised; ...
 * System.out.println(v.counterexample().explanation());
 * }</pre>
 */
package brokerlab.consistency;
