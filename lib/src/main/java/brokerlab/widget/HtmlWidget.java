package brokerlab.widget;

/**
 * A fragment of HTML ({@code HTMLModel}), e.g. a small table of results. The front end sanitises it; text from
 * users or exceptions must go through {@link #escape}.
 */
public final class HtmlWidget extends TextWidget {

    public HtmlWidget(String value) {
        super("HTMLModel", "HTMLView", Style.of("HTMLStyleModel", "background", "font_size", "text_color"), value);
    }

    /** Escapes {@code & < > "} so text shows as written. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
