package brokerlab.cli;

import brokerlab.analytic.Analysis;
import brokerlab.analytic.capacity.Plan;
import brokerlab.analytic.capacity.Target;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Metric;
import brokerlab.model.NetworkFile;
import brokerlab.model.Plans;
import brokerlab.model.QueueSpec;
import brokerlab.model.SimulatedServerCount;
import brokerlab.model.StationRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The command line is a shell over the library: for the same spec and seed, what {@code brokerlab} prints is,
 * bit for bit, what a notebook gets from the library calls it makes. Golden-free: both sides are computed here.
 */
class CliMatchesLibraryTest {

    @ParameterizedTest(name = "{0} / {1} / c={2}")
    @CsvSource(delimiter = '|', value = {
            "exp(rate=3.6)      | exp(rate=1)             | 4",
            "exp(rate=0.7)      | erlang(k=3,mean=1)      | 1",
            "exp(rate=3)        | det(value=1)            | 4",
            "erlang(k=2,mean=1) | lognormal(mean=1,scv=2) | 2",
    })
    void analyzePrintsTheLibrarysAnalysis(String arrival, String service, int servers) {
        Cli r = Cli.run("analyze", "--arrival", arrival, "--service", service, "--servers", "" + servers, "--json");
        Analysis a = QueueSpec.of(arrival, service, servers).analyze();
        assertEquals(a.label(), r.json().get("method"));
        for (Metric m : a.values().metrics()) {
            double v = a.get(m);
            if (Double.isFinite(v)) assertEquals(v, r.number(m.name()), 0, m.name());
            else if (Double.isNaN(v)) assertNull(r.json().get(m.name()), m.name());
            else assertEquals(v > 0 ? "Infinity" : "-Infinity", r.json().get(m.name()), m.name());
        }
    }

    @Test
    void simulatePrintsTheLibrarysEstimates() {
        Cli r = Cli.run("simulate", "--arrival", "exp(rate=1.2)", "--service", "exp(rate=1)", "--speeds", "1,0.5",
                "--routing", "jsq", "--customers", "20000", "--replications", "4", "--seed", "42", "--json");
        QueueSpec spec = QueueSpec.of("exp(rate=1.2)", "exp(rate=1)", 2).speeds(1, 0.5).routing("jsq");
        Estimates<StationRun> e = Experiment.of(spec.toModel()).customers(20_000).replications(4).seed(42).run();
        @SuppressWarnings("unchecked")
        Map<String, Object> ci95 = (Map<String, Object>) r.json().get("ci95");
        for (Metric m : new Metric[]{Metric.MEAN_WAIT, Metric.MEAN_RESPONSE, Metric.P99_RESPONSE, Metric.UTILIZATION}) {
            assertEquals(e.get(m).estimate(), r.number(m.name()), 0, m.name());
            assertEquals(e.get(m).halfWidth(), (Double) ci95.get(m.name()), 0, "ci95." + m.name());
        }
    }

    @Test
    void planPrintsTheLibrarysSimulatedPlan() {
        Cli r = Cli.run("plan", "--arrival", "exp(rate=3.6)", "--service", "lognormal(mean=1,scv=2)", "--target",
                "p95<=4", "--method", "simulate", "--customers", "10000", "--replications", "4", "--seed", "7", "--json");
        Plan p = Plans.bySimulation(new SimulatedServerCount(Distributions.parse("exp(rate=3.6)"),
                Distributions.parse("lognormal(mean=1,scv=2)"), new Target.ResponsePercentileAtMost(0.95, 4), 10_000, 4, 7));
        assertEquals(p.servers(), (int) r.number("servers"));
        assertEquals(p.achieved().estimate().value(), r.number("achieved"), 0);
        assertEquals(p.achieved().method(), r.json().get("method"));
    }

    @Test
    void analyzeModelPrintsTheLibrarysNetworkAnalysis() {
        Cli r = Cli.run("analyze", "--model", "../examples/closed.json", "--json");
        var a = NetworkFile.read(Path.of("..", "examples", "closed.json")).analyze();
        assertEquals(a.method(), r.json().get("method"));
        for (Metric m : a.values().metrics()) assertEquals(a.get(m.name()), r.number(m.name()), 0, m.name());
    }
}
