package brokerlab.spark;

import brokerlab.cli.Main;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's entry point for {@code spark-submit}: {@code brokerlab sweep} with the master spark-submit was given.
 * <pre>
 * spark-submit --class brokerlab.spark.SparkSweepMain --master spark://HOST:7077 \
 *     spark/target/brokerlab-spark-job.jar --grid sweep.json --out results/
 * </pre>
 * The arguments are those of {@code brokerlab sweep} (the word {@code sweep} may be left out).
 */
public final class SparkSweepMain {
    private SparkSweepMain() {}

    public static void main(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        if (a.isEmpty() || !a.get(0).equals("sweep")) a.add(0, "sweep");
        String master = System.getProperty("spark.master");
        if (master != null && !a.contains("--master")) {
            a.add("--master");
            a.add(master);
        }
        int status = Main.run(a.toArray(String[]::new), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }
}
