package brokerlab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The engine's version, as Maven wrote it into {@code brokerlab/version.properties} at build time (resource
 * filtering of {@code version=${project.version}}). Recorded next to every result so a number can be traced to
 * the code that produced it.
 */
public final class LibraryVersion {
    /** Returned when the resource is missing or was not filtered (classes compiled outside Maven). */
    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/brokerlab/version.properties";

    private LibraryVersion() {}

    public static String get() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return UNKNOWN;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
