package brokerlab.widget;

import java.util.List;

/** Children one below the other ({@code VBoxModel}). */
public final class VBox extends Box {

    public VBox(Widget... children) {
        super("VBoxModel", "VBoxView", List.of(children));
    }
}
