package brokerlab.widget;

import java.util.Map;

/** What the widget layer does with the messages a front end sends on one comm. */
public interface CommListener {
    /** A comm_msg arrived; {@code data} is its parsed JSON {@code content.data}. */
    void onMessage(Map<String, Object> data);

    /** The front end closed the comm. */
    default void onClose() {}
}
