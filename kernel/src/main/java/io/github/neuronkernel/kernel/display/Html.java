package io.github.neuronkernel.kernel.display;

/** Text made safe for HTML pages and tables the kernel writes (reports, sweep tables). */
public final class Html {
    private Html() {}

    /** @return text safe inside an element or a quoted attribute */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
