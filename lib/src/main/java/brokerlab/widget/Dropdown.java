package brokerlab.widget;

import java.util.List;

/** A drop-down list of labelled options ({@code DropdownModel}). */
public final class Dropdown extends Selection {

    public Dropdown(String description, List<String> options, String selected) {
        super("DropdownModel", "DropdownView", description, Style.of("DescriptionStyleModel"), options, selected);
    }
}
