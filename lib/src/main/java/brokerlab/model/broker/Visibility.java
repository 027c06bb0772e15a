package brokerlab.model.broker;

/**
 * When the visibility timeout V starts, and so when an unacknowledged message becomes visible again.
 *
 * <ul>
 *   <li>{@link #FROM_RECEIVE}: plain SQS. The message is invisible for V from the receive. If processing takes
 *       longer than V the message reappears while it is still being processed and another consumer may take it:
 *       a duplicate without any failure. After a failed (lost) acknowledgement it reappears at receive + V.</li>
 *   <li>{@link #AFTER_FAILURE}: the consumer keeps extending the visibility while it works (a heartbeat with
 *       ChangeMessageVisibility, as AWS client libraries do), so the message never reappears during processing;
 *       after a crash or lost acknowledgement it reappears V after the end of processing. With V = 0 this is the
 *       immediate retry of Li, Cui &amp; Ma (2015).</li>
 * </ul>
 */
public enum Visibility { FROM_RECEIVE, AFTER_FAILURE }
