package brokerlab.widget;

import java.util.Map;

/** One open comm, as the widget layer sees it: its id, and comm_msg / comm_close towards the front end. */
public interface CommLink {
    /** The comm id, which is also the widget's model id. */
    String id();

    /** Sends a comm_msg whose {@code data} is this JSON-ready map (strings, numbers, booleans, lists, maps, null). */
    void send(Map<String, Object> data);

    /** Sends comm_close; the front end then removes the model and its views. */
    void close();
}
