package brokerlab.display;

/**
 * The notebook kernel's display channel, once {@link BrokerLabExtension} has been installed by JJava (it is,
 * when a notebook's first cell adds the engine with {@code %classpath}). One per JVM: a kernel runs one notebook.
 */
public final class KernelDisplay {
    private static volatile DisplaySink sink = DisplaySink.NONE;

    private KernelDisplay() {}

    /** The kernel's sink, or {@link DisplaySink#NONE} outside a notebook kernel. */
    public static DisplaySink sink() {
        return sink;
    }

    /** True inside a JJava kernel that loaded the engine's extension. */
    public static boolean attached() {
        return sink != DisplaySink.NONE;
    }

    static void attach(DisplaySink kernelSink) {
        sink = kernelSink == null ? DisplaySink.NONE : kernelSink;
    }
}
