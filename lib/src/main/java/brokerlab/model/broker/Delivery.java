package brokerlab.model.broker;

/**
 * Which visible message a free consumer may receive.
 *
 * <p>{@link #OUT_OF_ORDER} is an SQS standard queue: any visible message, here the one that became visible first.
 * {@link #IN_ORDER} is an SQS FIFO queue with message groups: within a group only the oldest message that is neither
 * deleted nor dead-lettered may be received, and only while it is visible, so an in-flight or invisible head blocks
 * its whole group (head-of-line blocking). Messages are assigned to groups uniformly at random.
 */
public enum Delivery { OUT_OF_ORDER, IN_ORDER }
