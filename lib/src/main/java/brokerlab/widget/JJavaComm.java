package brokerlab.widget;

import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/** A JJava {@link Comm} that hands the front end's messages to a {@link CommListener} as maps. */
final class JJavaComm extends Comm implements CommLink {
    private final GsonBridge json;
    private final Method send;
    private volatile CommListener listener;

    JJavaComm(CommManager manager, String id, String target, GsonBridge json, CommListener listener) {
        super(manager, id, target);
        this.json = json;
        this.listener = listener;
        try {
            this.send = Comm.class.getMethod("send", json.jsonObjectType());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Comm.send(JsonObject) not found", e);
        }
    }

    void listener(CommListener listener) {
        this.listener = listener;
    }

    @Override
    public String id() {
        return getID();
    }

    @Override
    public void send(Map<String, Object> data) {
        try {
            send.invoke(this, json.toJson(data));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    protected void onMessage(Message<CommMsgCommand> message) {
        CommListener l = listener;
        if (l != null) l.onMessage(GsonBridge.toMap(GsonBridge.data(message.getContent())));
    }

    @Override
    protected void onClose(Message<CommCloseCommand> message, boolean sending) {
        CommListener l = listener;
        if (l != null && !sending) l.onClose();
    }
}
