package brokerlab.protocol.experiment;

import brokerlab.protocol.MutantResult;
import brokerlab.protocol.MutantSuite;
import brokerlab.protocol.paxos.PaxosMutants;
import brokerlab.protocol.pbft.PbftMutants;
import brokerlab.protocol.pubsub.PubSubMutants;
import brokerlab.protocol.raft.RaftMutants;
import brokerlab.protocol.replication.PrimaryBackupMutants;
import brokerlab.protocol.twopc.TwoPcMutants;
import brokerlab.util.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planted-bug suites of every protocol and their catch rates, as tables a notebook prints:
 * <pre>{@code
 * List<MutantResult> results = PlantedBugs.hunt(8);   // every mutant: targeted scenarios, then 8 random fault plans
 * PlantedBugs.catchRates(results);                     // protocol, mutants, caught, catch_rate, by_scenario, by_random_plans
 * PlantedBugs.table(results);                          // one row per mutant: what caught it, and the first violation
 * }</pre>
 * A mutant is a one-line change (wrong quorum, a missing term or ballot check, missing truncation, acknowledgement
 * before persistence, an unsafe commit rule) switched on only inside its protocol's package; the suites report
 * whether the checkers caught it and never hand a broken model out.
 */
public final class PlantedBugs {
    private PlantedBugs() {}

    /**
     * Every protocol's suite, in the order of {@link Protocol} (primary-backup: its synchronous mode, where loss is a
     * violation), then the fault-tolerant pub/sub built on primary-backup (synchronous and fenced).
     */
    public static List<MutantSuite<?>> suites() {
        return List.of(new RaftMutants(), new PaxosMutants(), new PbftMutants(), new TwoPcMutants(), new PrimaryBackupMutants(),
                new PubSubMutants());
    }

    /** Hunts every mutant of every protocol with its targeted scenarios and up to {@code randomPlans} random fault plans. */
    public static List<MutantResult> hunt(int randomPlans) {
        Check.atLeast("randomPlans", randomPlans, 0);
        List<MutantResult> all = new ArrayList<>();
        for (MutantSuite<?> s : suites()) all.addAll(s.hunt(randomPlans));
        return all;
    }

    /**
     * One row per protocol: mutants planted, caught, the catch rate, how many a targeted scenario caught and how many
     * a random fault plan caught (a mutant may be caught by both).
     */
    public static Table catchRates(List<MutantResult> results) {
        Map<String, int[]> byProtocol = new LinkedHashMap<>();
        for (MutantResult r : results) {
            int[] c = byProtocol.computeIfAbsent(r.protocol(), k -> new int[4]);
            c[0]++;
            if (r.caught()) c[1]++;
            if (!r.scenario().isEmpty()) c[2]++;
            if (r.randomCatch() >= 0) c[3]++;
        }
        StringColumn protocol = StringColumn.create("protocol");
        IntColumn mutants = IntColumn.create("mutants"), caught = IntColumn.create("caught"),
                byScenario = IntColumn.create("by_scenario"), byRandom = IntColumn.create("by_random_plans");
        DoubleColumn rate = DoubleColumn.create("catch_rate");
        byProtocol.forEach((p, c) -> {
            protocol.append(p);
            mutants.append(c[0]);
            caught.append(c[1]);
            rate.append(c[1] / (double) c[0]);
            byScenario.append(c[2]);
            byRandom.append(c[3]);
        });
        return Table.create("planted-bug catch rates", protocol, mutants, caught, rate, byScenario, byRandom);
    }

    /** One row per mutant: protocol, mutant, description, caught, the scenario and random plan that caught it, the violation. */
    public static Table table(List<MutantResult> results) {
        StringColumn protocol = StringColumn.create("protocol"), mutant = StringColumn.create("mutant"),
                description = StringColumn.create("description"), caught = StringColumn.create("caught"),
                scenario = StringColumn.create("scenario"), violation = StringColumn.create("violation");
        IntColumn random = IntColumn.create("random_plan");
        for (MutantResult r : results) {
            protocol.append(r.protocol());
            mutant.append(r.mutant());
            description.append(r.description());
            caught.append(r.caught() ? "yes" : "NO");
            scenario.append(r.scenario());
            random.append(r.randomCatch());
            violation.append(r.violation());
        }
        return Table.create("planted bugs", protocol, mutant, description, caught, scenario, random, violation);
    }
}
