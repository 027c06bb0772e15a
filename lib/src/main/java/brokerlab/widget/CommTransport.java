package brokerlab.widget;

import java.util.Map;

/**
 * The kernel side of Jupyter comms, reduced to what widgets need: open a comm towards the front end, accept comms
 * the front end opens on a target, and display a MIME bundle in the current cell. {@link JJavaTransport} is the
 * real one; tests use a fake that records and replays messages.
 */
public interface CommTransport {
    /**
     * Opens a comm on {@code target}: sends comm_open with this {@code data} and {@code metadata}, and routes the
     * front end's messages on it to {@code listener}.
     */
    CommLink open(String target, Map<String, Object> data, Map<String, Object> metadata, CommListener listener);

    /** Accepts comms the front end opens on {@code target}; {@code handler} gives each one its listener. */
    void registerTarget(String target, TargetHandler handler);

    /** Shows a MIME bundle (MIME type to data) as a display_data output of the running cell. */
    void display(Map<String, Object> bundle);

    /** Called when the front end opens a comm on a registered target. */
    @FunctionalInterface
    interface TargetHandler {
        /** @return the listener for the new comm's messages */
        CommListener opened(CommLink link, Map<String, Object> data, Map<String, Object> metadata);
    }
}
