package brokerlab.widget;

/** One line of plain text ({@code LabelModel}); a status or verdict line that redraws in place. */
public final class Label extends TextWidget {

    public Label(String value) {
        super("LabelModel", "LabelView", Style.of("LabelStyleModel", "background", "font_family", "font_size",
                "font_style", "font_variant", "font_weight", "text_color", "text_decoration"), value);
    }
}
