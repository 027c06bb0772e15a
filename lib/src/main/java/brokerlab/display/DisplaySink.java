package brokerlab.display;

/**
 * Where notebook output goes when code outside a cell's last expression wants to show something: a progress
 * bar that updates in place, or a table in the middle of a loop. In a JJava kernel with the engine on the
 * classpath, {@link BrokerLabExtension} installs an implementation backed by the kernel's display messages;
 * elsewhere (JShell, the command line, JUnit) {@link KernelDisplay#sink()} is {@link #NONE}.
 */
public interface DisplaySink {

    /** Shows HTML (with a plain-text fallback for front ends without HTML) as a new output; returns its id. */
    String show(String html, String text);

    /** Replaces the output {@code id} returned by {@link #show} in place. */
    void replace(String id, String html, String text);

    /** Shows any value the way the kernel would show it as a cell's result. */
    void display(Object value);

    /** No kernel: {@link #show} and {@link #replace} do nothing, {@link #display} prints the value's text. */
    DisplaySink NONE = new DisplaySink() {
        @Override public String show(String html, String text) { return ""; }
        @Override public void replace(String id, String html, String text) { }
        @Override public void display(Object value) { System.out.println(Displays.text(value)); }
    };
}
