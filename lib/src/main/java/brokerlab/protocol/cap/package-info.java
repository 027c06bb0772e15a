/**
 * What clients of the replication protocols see, checked from their histories: {@link brokerlab.protocol.cap.ReadStudy}
 * runs one protocol with one read mode ({@link brokerlab.protocol.ReadMode}) through seeded partitions and clock
 * skew ({@link brokerlab.protocol.cap.ReadScenario}) and asks {@link brokerlab.consistency.LinearizabilityChecker}
 * about every run; {@link brokerlab.protocol.cap.CapStudy} drives Raft, asynchronous primary-backup and the quorum
 * store at several (N, R, W) through one partition and puts availability from the client side beside the anomalies
 * found ({@link brokerlab.protocol.cap.CapRow}).
 * <pre>{@code
 * ReadCheck c = ReadStudy.check(Raft.defaultModel(...), ReadScenario.raft(), 200, 42, Budget.DEFAULT);
 * System.out.println(c.violatingRuns() + " of " + c.runs() + " runs not linearizable");
 * }</pre>
 */
package brokerlab.protocol.cap;
