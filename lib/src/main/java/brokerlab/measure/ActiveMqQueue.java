package brokerlab.measure;

import brokerlab.util.Check;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * A JMS queue on an {@link EmbeddedActiveMq}, reached over its loopback TCP connector. Shared layout: queue
 * {@code brokerlab.NAME}; partitioned: {@code brokerlab.NAME.0} ...
 *
 * <p>The prefetch window is always set explicitly, because it decides which queueing model applies. With
 * {@value #PULL} (the default) a consumer pulls one message when it asks for one, so a busy worker never holds a
 * message that an idle one could take: one shared FCFS queue, M/G/c, at the price of one broker round trip per
 * message before the worker can start. With a window of w the broker pushes up to w unacknowledged messages to each
 * consumer ahead of time: the fetch is hidden behind the service, but a message pushed to a busy worker waits for it
 * even when another is idle. ActiveMQ's default of 1000 turns the shared queue into c private ones filled
 * round-robin, where M/G/c is the wrong model. Workers acknowledge ({@code CLIENT_ACKNOWLEDGE})
 * after serving, so a worker that dies mid-task leaves its message to be redelivered (at-least-once). Messages are
 * sent non-persistent, matching the broker's persistence setting.
 */
public final class ActiveMqQueue implements MessageQueue {
    /** Prefetch 0: consumers pull one message at a time (see the class comment). */
    public static final int PULL = 0;

    private final EmbeddedActiveMq broker;
    private final String name;
    private final QueueLayout layout;
    private final int workers;
    private final int prefetch;
    private final ActiveMQConnectionFactory factory;
    private final List<Connection> open = new ArrayList<>();

    ActiveMqQueue(EmbeddedActiveMq broker, String name, QueueLayout layout, int workers, int prefetch) {
        this.broker = Check.notNull("broker", broker);
        this.name = Check.notNull("name", name);
        this.layout = Check.notNull("layout", layout);
        this.workers = Check.atLeast("workers", workers, 1);
        this.prefetch = Check.atLeast("prefetch", prefetch, 0);
        this.factory = new ActiveMQConnectionFactory(broker.address());
        factory.getPrefetchPolicy().setQueuePrefetch(prefetch);
        factory.setWatchTopicAdvisories(false);
        for (int p = 0; p < partitions(); p++) broker.remove(queueName(p));
    }

    private int partitions() {
        return layout.partitioned() ? workers : 1;
    }

    /** The JMS queue name of partition {@code p}. */
    public String queueName(int p) {
        return layout.partitioned() ? "brokerlab." + name + "." + p : "brokerlab." + name;
    }

    private synchronized Connection connect() {
        try {
            Connection c = factory.createConnection();
            c.start();
            open.add(c);
            return c;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot connect to ActiveMQ at " + broker.address() + ": " + e.getMessage(), e);
        }
    }

    @Override public Sender sender() {
        Connection c = connect();
        try {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer[] producers = new MessageProducer[partitions()];
            for (int p = 0; p < producers.length; p++) {
                producers[p] = s.createProducer(s.createQueue(queueName(p)));
                producers[p].setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            }
            return new Sender() {
                @Override public void send(Task task, int partition) {
                    try {
                        producers[partition].send(s.createTextMessage(task.encode()));
                    } catch (JMSException e) {
                        throw new IllegalStateException("ActiveMQ send failed: " + e.getMessage(), e);
                    }
                }
                @Override public void close() { quietly(c); }
            };
        } catch (JMSException e) {
            quietly(c);
            throw new IllegalStateException("cannot open an ActiveMQ sender: " + e.getMessage(), e);
        }
    }

    @Override public Receiver receiver(int worker) {
        Check.atLeast("worker", worker, 0);
        if (worker >= workers) throw Check.fail("worker", worker, "it must be < workers (" + workers + ")", "number workers from 0");
        Connection c = connect();
        try {
            Session s = c.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue(queueName(layout.partitioned() ? worker : 0)));
            return new Receiver() {
                private Message last;

                @Override public Task receive(long timeoutMillis) {
                    try {
                        last = consumer.receive(Math.max(1, timeoutMillis));
                        return last == null ? null : Task.decode(((TextMessage) last).getText());
                    } catch (JMSException e) {
                        throw new IllegalStateException("ActiveMQ receive failed: " + e.getMessage(), e);
                    }
                }

                @Override public void complete() {
                    try {
                        if (last != null) last.acknowledge();
                        last = null;
                    } catch (JMSException e) {
                        throw new IllegalStateException("ActiveMQ acknowledge failed: " + e.getMessage(), e);
                    }
                }

                @Override public void close() { quietly(c); }
            };
        } catch (JMSException e) {
            quietly(c);
            throw new IllegalStateException("cannot open an ActiveMQ receiver: " + e.getMessage(), e);
        }
    }

    @Override public long backlog() {
        long n = 0;
        for (int p = 0; p < partitions(); p++) n += broker.depth(queueName(p));
        return n;
    }

    @Override public String describe() {
        return "activemq queue" + (layout.partitioned() ? "s " + queueName(0) + ".." + queueName(workers - 1) : " " + queueName(0))
                + " (" + layout + ", prefetch " + prefetch + ")";
    }

    @Override public synchronized void close() {
        for (Connection c : open) quietly(c);
        open.clear();
        for (int p = 0; p < partitions(); p++) broker.remove(queueName(p));
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (JMSException ignored) {
            // the broker is already gone
        }
    }
}
