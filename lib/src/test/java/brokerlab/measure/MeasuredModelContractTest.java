package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brokerlab.dist.Distributions;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.RunLength;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The model contract (experiment.ModelContractTest) for the models that measure real brokers. Their timings cannot
 * repeat, so "same seed, same replications" is checked on what the seed decides: the draws and the counts. The rest
 * of the contract holds as for every model: it runs through Experiment on one thread or two, names every metric in
 * snake_case, defines every metric it measures, accepts both kinds of RunLength (a Time length is wall-clock
 * seconds), and describes itself in words.
 */
class MeasuredModelContractTest {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
    private static ValkeyServer valkey;
    private static EmbeddedActiveMq activemq;

    /** A measured model, its reproducible metrics, and the metrics it may leave undefined in a short run. */
    record Sample(String name, Model<? extends Outcome> model, Set<String> reproducible, Set<String> mayBeUndefined) {}

    @BeforeAll
    static void startBrokers() {
        valkey = ValkeyServer.start();
        activemq = EmbeddedActiveMq.start();
    }

    @AfterAll
    static void stopBrokers() {
        int v = valkey.port(), a = activemq.port();
        valkey.close();
        activemq.close();
        NothingLeftBehind.check(v, a);
    }

    private static List<Sample> samples() {
        Set<String> draws = Set.of("mean_drawn_service", "customers");
        return List.of(
                new Sample("Measurement on Valkey", Measurement.on(valkey).arrival("exp(mean=2)").service("exp(mean=2)").workers(2), draws, Set.of()),
                new Sample("Measurement on ActiveMQ", Measurement.on(activemq).arrival("exp(mean=3)").service("det(value=1)").workers(1), draws, Set.of()),
                new Sample("WorkerCrashes", WorkerCrashes.of(valkey.endpoint(), WorkerProtocol.BLMOVE, 2, "exp(mean=5)", "exp(mean=4)", 1),
                        Set.of("sent", "failures"), Set.of()),
                new Sample("ValkeyRestart", new ValkeyRestart(valkey.binary(), Persistence.OFF, Distributions.parse("exp(mean=1)")),
                        Set.of("pushed", "survived"), Set.of()));
    }

    @TestFactory
    Stream<DynamicTest> everyMeasuredModelKeepsTheContractWhereTheSeedDecides() {
        return samples().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    private static void check(Sample s) {
        Model<? extends Outcome> model = s.model();
        assertFalse(model.describe().matches(".*@[0-9a-f]+"), model.describe());
        List<Measurements> one = measurements(model, 1), two = measurements(model, 2);
        assertEquals(2, one.size());
        for (int r = 0; r < 2; r++) {
            for (String name : s.reproducible()) {
                assertEquals(one.get(r).get(name), two.get(r).get(name), name + " of replication " + r + " on 1 and 2 threads");
            }
        }
        for (RunLength other : List.of(RunLength.customers(0, 150), RunLength.time(0, 0.4))) {
            assertEquals(one.get(0).metrics(), model.run(other, 7, 0).measurements().metrics(), "the metrics of a run of " + other);
        }
        for (Measurements m : one) {
            for (Metric metric : m.metrics()) {
                assertTrue(SNAKE_CASE.matcher(metric.name()).matches(), metric.name());
                if (!s.mayBeUndefined().contains(metric.name())) assertFalse(Double.isNaN(m.get(metric)), metric.name() + " is NaN in " + s.name());
            }
        }
    }

    private static List<Measurements> measurements(Model<? extends Outcome> model, int threads) {
        return Experiment.of(model).length(RunLength.customers(20, 200)).replications(2).seed(7).threads(threads).run()
                .runs().stream().map(Outcome::measurements).toList();
    }
}
