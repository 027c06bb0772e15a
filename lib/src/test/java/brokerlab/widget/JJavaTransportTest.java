package brokerlab.widget;

import brokerlab.util.Json;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The bridge to JJava's comm API, against the jjava-jupyter jar from Maven Central (plain Gson): comm_open carries
 * the state and the protocol version, sends and receives go through the kernel's JsonObject, display builds a
 * DisplayData. The relocated-Gson kernel (1.0a8) runs the same code in tests/test_control_center_kernel.py.
 */
class JJavaTransportTest {
    private final ZMQ.Context zmq = ZMQ.context(1);
    private final List<Message<?>> iopub = new ArrayList<>();
    private final CommManager comms = new CommManager();
    private final List<DisplayData> displayed = new ArrayList<>();
    private RecordingSocket socket;

    /** IOPub that records instead of publishing. */
    private final class RecordingSocket extends JupyterSocket {
        RecordingSocket() {
            super(zmq, SocketType.PUB, HMACGenerator.NO_AUTH_INSTANCE, LoggerFactory.getLogger("test"));
        }
        @Override public void bind(KernelConnectionProperties connection) {}
        @Override public synchronized void sendMessage(Message<?> message) { iopub.add(message); }
    }

    @AfterEach
    void close() {
        if (socket != null) {
            socket.setLinger(0);
            socket.close();
        }
        zmq.term();   // hangs while a socket of the context is open
    }

    private WidgetSession session() {
        socket = new RecordingSocket();
        comms.setIOPubChannel(socket);
        return new WidgetSession(new JJavaTransport(comms, displayed::add));
    }

    @Test
    @SuppressWarnings("unchecked")
    void commOpenCarriesTheStateAndTheProtocolVersion() {
        var label = new Label("hello");
        session().open(label);
        var open = iopub.get(iopub.size() - 1);
        var content = (CommOpenCommand) open.getContent();
        assertEquals(WidgetProtocol.TARGET, content.getTargetName());
        assertEquals(label.modelId(), content.getCommID());
        Map<String, Object> data = Json.readObject(content.getData().toString(), "test", "message");
        assertEquals("hello", ((Map<String, Object>) data.get("state")).get("value"));
        assertEquals(List.of(), data.get("buffer_paths"));
        assertEquals(Map.of("version", WidgetProtocol.VERSION), open.getMetadata());
        assertSame(comms.getCommByID(label.modelId()), comms.getCommByID(label.modelId()));
    }

    @Test
    void aJavaSetGoesOutAsACommMsgAndAFrontendUpdateComesIn() {
        var slider = new IntSlider("servers", 1, 16, 1, 4);
        session().open(slider);
        slider.value(5);
        var msg = (CommMsgCommand) iopub.get(iopub.size() - 1).getContent();
        assertEquals(JsonParser.parseString("{\"method\":\"update\",\"state\":{\"value\":5},\"buffer_paths\":[]}"), msg.getData());

        JsonObject update = JsonParser.parseString("{\"method\":\"update\",\"state\":{\"value\":9},\"buffer_paths\":[]}").getAsJsonObject();
        var comm = (JJavaComm) comms.getCommByID(slider.modelId());
        comm.onMessage(new Message<>(null, CommMsgCommand.MESSAGE_TYPE, new CommMsgCommand(slider.modelId(), update)));
        assertEquals(9, slider.value());
        var echo = (CommMsgCommand) iopub.get(iopub.size() - 1).getContent();
        assertEquals("echo_update", echo.getData().get("method").getAsString());
    }

    @Test
    void showBuildsADisplayDataWithTheViewAndTheFallback() {
        var label = new Label("x");
        session().show(label, "a label");
        var data = displayed.get(0);
        assertEquals("a label", data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
        assertEquals(Map.of("version_major", 2, "version_minor", 0, "model_id", label.modelId()),
                data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(WidgetProtocol.VIEW_MIME)));
    }
}
