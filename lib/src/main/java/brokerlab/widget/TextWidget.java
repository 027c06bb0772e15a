package brokerlab.widget;

/** A described widget whose value is a string shown on the page, not edited there (Label, HTML). */
public abstract class TextWidget extends DescriptionWidget {

    protected TextWidget(String modelName, String viewName, Style style, String value) {
        super(modelName, viewName, "", style);
        define("placeholder", "\u200b");
        define("value", value == null ? "" : value);
    }

    public String value() {
        return (String) get("value");
    }

    public TextWidget value(String value) {
        put("value", value == null ? "" : value);
        return this;
    }
}
