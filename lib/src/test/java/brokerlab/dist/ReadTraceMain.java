package brokerlab.dist;

import java.nio.file.Path;

/** A child JVM for {@link TraceMemoryTest}: reads one trace column and prints "observations size mean". Arguments: FILE COLUMN. */
final class ReadTraceMain {
    public static void main(String[] args) {
        Empirical e = Empirical.fromCsv(Path.of(args[0]), args[1]);
        System.out.println(e.observations() + " " + e.size() + " " + e.mean());
    }
}
