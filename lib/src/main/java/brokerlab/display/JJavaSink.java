package brokerlab.display;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.UUID;

/**
 * {@link DisplaySink} over a JJava kernel. Uses only API whose signatures are the same in jjava-jupyter 1.0-a6
 * (compiled against) and 1.0-a8 (the kernel): in particular not {@code DisplayData.setDisplayId}, whose return
 * type changed between them, but the {@code display_id} transient key it sets.
 */
final class JJavaSink implements DisplaySink {
    private final BaseKernel kernel;

    JJavaSink(BaseKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public String show(String html, String text) {
        String id = UUID.randomUUID().toString();
        DisplayData data = data(html, text);
        data.putTransientData("display_id", id);
        kernel.display(data);
        return id;
    }

    @Override
    public void replace(String id, String html, String text) {
        kernel.getIO().display.updateDisplay(id, data(html, text));
    }

    @Override
    public void display(Object value) {
        kernel.display(kernel.getRenderer().render(value));
    }

    private static DisplayData data(String html, String text) {
        DisplayData data = new DisplayData(text);
        data.putHTML(html);
        return data;
    }
}
