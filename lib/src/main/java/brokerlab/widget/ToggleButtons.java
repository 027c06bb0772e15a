package brokerlab.widget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of buttons of which exactly one is pressed ({@code ToggleButtonsModel}). */
public final class ToggleButtons extends Selection {

    public ToggleButtons(String description, List<String> options, String selected) {
        super("ToggleButtonsModel", "ToggleButtonsView", description, toggleStyle(), options, selected);
        define("button_style", "");
        define("icons", List.of());
        define("tooltips", List.of());
    }

    private static Style toggleStyle() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("button_width", "");
        p.put("description_width", "");
        p.put("font_weight", "");
        return new Style("ToggleButtonsStyleModel", p);
    }
}
