package brokerlab.measure;

/**
 * A queue on a real broker, as a measurement uses it: producers send {@link Task}s, each worker thread receives from
 * its own connection. One implementation per broker ({@link ValkeyQueue}: lists with LPUSH and BRPOP;
 * {@link ActiveMqQueue}: a JMS queue). Made by {@link RunningBroker#queue}; closing it deletes the queue's data and
 * closes any connection still open.
 */
public interface MessageQueue extends AutoCloseable {

    /** A sender for one thread (connections are not shared between threads). */
    Sender sender();

    /** A receiver for worker {@code worker} (0..workers-1); with a partitioned layout it reads that worker's queue. */
    Receiver receiver(int worker);

    /** Messages waiting, over all partitions (for checks and the fault counts). */
    long backlog();

    /** E.g. {@code valkey list brokerlab:m1 (shared)}. */
    String describe();

    @Override
    void close();

    /** Sends tasks from one thread. */
    interface Sender extends AutoCloseable {
        /** Enqueues {@code task} on partition {@code partition} (0 for a shared queue). */
        void send(Task task, int partition);

        @Override void close();
    }

    /** Receives tasks on one worker thread. */
    interface Receiver extends AutoCloseable {
        /** The next task, or null when none arrived within {@code timeoutMillis} (so the worker can check for stop). */
        Task receive(long timeoutMillis);

        /** Confirms the last task received is done (a JMS acknowledgement; nothing for a Valkey list). */
        void complete();

        @Override void close();
    }
}
