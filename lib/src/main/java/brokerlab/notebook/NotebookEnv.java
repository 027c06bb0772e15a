package brokerlab.notebook;

import brokerlab.experiment.ResultWriter;

import java.nio.file.Path;

/**
 * What a notebook needs to know about how it is being run. The test command sets {@code BROKERLAB_FAST=1}
 * (short runs, same checks) and {@code BROKERLAB_DATA_DIR} (so a test run never overwrites the committed
 * artefacts in {@code data/}); JupyterLab and {@code make report} set neither and get full runs writing to
 * {@code ../data} (notebooks run from {@code notebooks/}).
 */
public final class NotebookEnv {
    private NotebookEnv() {}

    /** True in the test command's fast mode. */
    public static boolean fast() {
        return "1".equals(System.getenv("BROKERLAB_FAST"));
    }

    /** {@code full} normally, {@code quick} in fast mode: e.g. {@code runLength(2_000_000, 100_000)} customers. */
    public static long runLength(long full, long quick) {
        return fast() ? quick : full;
    }

    public static int runLength(int full, int quick) {
        return fast() ? quick : full;
    }

    /** Where result tables go: {@code $BROKERLAB_DATA_DIR}, else {@code ../data}. */
    public static Path dataDir() {
        String dir = System.getenv("BROKERLAB_DATA_DIR");
        return Path.of(dir == null || dir.isBlank() ? "../data" : dir);
    }

    /** The writer for a notebook's result tables: into {@link #dataDir()}, recording the notebook as producer. */
    public static ResultWriter results(String notebook) {
        return new ResultWriter(dataDir(), "notebooks/" + notebook);
    }

    /** A one-line description of the mode, printed in each notebook's parameters cell. */
    public static String describe() {
        return (fast() ? "FAST mode (test run lengths)" : "full run lengths") + "; results to " + dataDir().toAbsolutePath().normalize();
    }
}
