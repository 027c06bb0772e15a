package brokerlab.notebook;

/**
 * Word wrapping for plain-text notebook output. JupyterLab wraps a line wider than its output area in the middle of a
 * word (about 100 characters at a 1280 px window, see tests/test_notebooks.py), so text meant for a reader is
 * broken at spaces before it gets there. A word longer than the width stays whole on its own line: cutting a number
 * or a spec would change what it says.
 */
final class TextWrap {
    private TextWrap() {}

    /**
     * {@code text} as lines of at most {@code width} characters (a longer word excepted), the first starting with
     * {@code first}, the others with {@code next}; runs of spaces collapse to one, and line breaks in the text are
     * kept (each paragraph wrapped on its own, every line after the very first starting with {@code next}).
     */
    static String lines(String text, String first, String next, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        boolean hasWord = false;
        String[] paragraphs = text.split("\\R", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append(line).append('\n');
                line = new StringBuilder(next);
                hasWord = false;
            }
            for (String word : paragraphs[p].split(" ")) {
                if (word.isEmpty()) continue;
                if (hasWord && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(next);
                    hasWord = false;
                }
                if (hasWord) line.append(' ');
                line.append(word);
                hasWord = true;
            }
        }
        return out.append(line).toString();
    }
}
