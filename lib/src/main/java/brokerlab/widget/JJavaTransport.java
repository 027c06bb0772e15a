package brokerlab.widget;

import brokerlab.util.Check;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Widget comms over the running JJava kernel's {@link CommManager}.
 *
 * <p>Finding the kernel. JJava keeps the kernel that runs the notebook in the static
 * {@code BaseKernel.notebookKernel()} (jjava-jupyter), and JShell code loaded with {@code %classpath} sees the
 * kernel's classes (the JShell class loader delegates to the kernel's), so {@link #current()} needs no argument.
 * A cell can reach the same object as {@code kernel().getCommManager()} (JJava's startup imports
 * {@code JavaNotebookStatics.kernel()}) and pass it to {@link #JJavaTransport(CommManager, Consumer)}.
 *
 * <p>Opening. {@code CommManager.openComm(target, factory)} builds the comm_open message, calls the factory, then
 * sends the message; the factory therefore fills in the message's {@code data} (state, buffer_paths) and its
 * metadata ({@code version}) before it leaves. Gson types are only touched through {@link GsonBridge}.
 */
public final class JJavaTransport implements CommTransport {
    private final CommManager comms;
    private final Consumer<DisplayData> display;
    private GsonBridge json;

    /** @param display how to show a display_data in the running cell, e.g. {@code kernel::display} */
    public JJavaTransport(CommManager comms, Consumer<DisplayData> display) {
        this.comms = Check.notNull("comms", comms);
        this.display = Check.notNull("display", display);
    }

    /** The transport of the kernel running this notebook. */
    public static JJavaTransport current() {
        BaseKernel kernel = BaseKernel.notebookKernel();
        if (kernel == null) {
            throw new IllegalStateException("no running JJava kernel: widgets need a Jupyter notebook on the java "
                    + "kernel; elsewhere build a WidgetSession on a CommTransport of your own");
        }
        return new JJavaTransport(kernel.getCommManager(), kernel::display);
    }

    private synchronized GsonBridge json() {
        if (json == null) json = new GsonBridge(JJavaComm.class);
        return json;
    }

    @Override
    public CommLink open(String target, Map<String, Object> data, Map<String, Object> metadata, CommListener listener) {
        GsonBridge bridge = json();
        JJavaComm comm = comms.openComm(target, (manager, id, name, message) -> {
            bridge.fill(GsonBridge.data(message.getContent()), data);
            message.getNonNullMetadata().putAll(metadata);
            return new JJavaComm(manager, id, name, bridge, listener);
        });
        if (comm == null) {
            throw new IllegalStateException("the kernel refused to open a comm (no IOPub channel): is this running "
                    + "inside a Jupyter kernel that has connected?");
        }
        return comm;
    }

    @Override
    public void registerTarget(String target, TargetHandler handler) {
        GsonBridge bridge = json();
        comms.registerTarget(target, (manager, id, name, message) -> {
            JJavaComm comm = new JJavaComm(manager, id, name, bridge, null);
            Map<String, Object> metadata = message.hasMetadata() ? message.getMetadata() : Map.of();
            comm.listener(handler.opened(comm, GsonBridge.toMap(GsonBridge.data(message.getContent())), metadata));
            return comm;
        });
    }

    @Override
    public void display(Map<String, Object> bundle) {
        DisplayData data = new DisplayData();
        // the kernel serialises the values with its own Gson: strings stay strings, maps become JSON objects
        for (Map.Entry<String, Object> e : bundle.entrySet()) data.putData(e.getKey(), e.getValue());
        display.accept(data);
    }
}
