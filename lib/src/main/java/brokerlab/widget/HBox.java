package brokerlab.widget;

import java.util.List;

/** Children side by side ({@code HBoxModel}). */
public final class HBox extends Box {

    public HBox(Widget... children) {
        super("HBoxModel", "HBoxView", List.of(children));
    }
}
