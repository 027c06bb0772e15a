package brokerlab.display;

import brokerlab.plot.Figure;
import brokerlab.plot.InteractiveFigure;
import tech.tablesaw.api.Table;

/** The plain-text form of everything {@link BrokerLabExtension} renders, for front ends and runs without HTML. */
final class Displays {
    private Displays() {}

    static String text(Object value) {
        if (value instanceof Table t) return TableView.of(t).text();
        if (value instanceof Rows r) return r.toString();
        if (value instanceof Figure f) return "[figure] " + f.title();
        if (value instanceof InteractiveFigure f) return "[interactive figure] " + f.title();
        return Values.text(value);
    }
}
