package brokerlab.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static brokerlab.cli.Attack.bad;
import static brokerlab.cli.Attack.near;
import static brokerlab.cli.Attack.number;
import static brokerlab.cli.Attack.ok;
import static org.junit.jupiter.api.Assertions.*;

/** The attack suite ({@link Attack}) against {@code protocol}: names, sizes, rates and fault plans. */
class ProtocolAttackTest {
    @TempDir static Path tmp;

    /** Raft in one datacentre, 500 ms of load, two replications, plus {@code extra}. */
    private static String[] raft(String... extra) {
        return SimulateAttackTest.concat(new String[]{"protocol", "--protocol", "raft", "--topology", "one-datacentre",
                "--duration", "500", "--replications", "2"}, extra);
    }

    static Stream<Arguments> cases() {
        return Attack.table(
                bad("--protocol", "protocol", "--protocol", "zab", "--topology", "three-zones"),
                bad("--protocol", "protocol", "--topology", "three-zones"),
                bad("--topology", "protocol", "--protocol", "raft", "--topology", "moon"),
                bad("--topology", "protocol", "--protocol", "raft"),
                bad("--nodes", raft("--nodes", "0")),
                bad("--nodes", raft("--nodes", "-3")),
                bad("--nodes", raft("--nodes", "100000")),
                bad("--nodes", raft("--nodes", "3", "--nodes", "5")),
                bad("--nodes", "protocol", "--protocol", "pbft", "--topology", "three-zones", "--nodes", "5"),
                bad("--rate", raft("--rate", "0")),
                bad("--rate", raft("--rate", "-1")),
                bad("--rate", raft("--rate", "1e9")),
                bad("--rate", raft("--rate", "Infinity")),
                bad("--duration", "protocol", "--protocol", "raft", "--topology", "one-datacentre", "--duration", "0"),
                bad("--duration", "protocol", "--protocol", "raft", "--topology", "one-datacentre", "--duration", "1e9"),
                bad("--loss", raft("--loss", "1")),
                bad("--loss", raft("--loss", "-0.1")),
                bad("--loss", raft("--loss", "NaN")),
                bad("--replications", "protocol", "--protocol", "raft", "--topology", "one-datacentre", "--replications", "1"),
                bad("--replications", "protocol", "--protocol", "raft", "--topology", "one-datacentre", "--duration", "500",
                        "--replications", "1e9"),
                bad("--seed", raft("--seed", "1.5")),
                bad("--latency", "protocol", "--protocol", "raft", "--latency", "abc"),
                bad("--latency", "protocol", "--protocol", "raft", "--latency", "1.2.3"),
                bad("--latency", "protocol", "--protocol", "raft", "--latency", "-5"),
                bad("--faults", raft("--faults", "crash:99999999999@100")),
                bad("--faults", raft("--faults", "partition@100-500/,")),
                bad("--faults", raft("--faults", "partition@500-100/0")),
                bad("--faults", raft("--faults", "crash-leader@100/0")),
                bad("--faults", raft("--faults", "byzantine:1")),
                bad("--faults", raft("--faults", "meteor@5")),
                bad("--faults", raft("--faults", "crash:3@100")),
                bad("--faults", raft("--faults", "recover:1@x/5")),
                bad("--faults", raft("--faults", "crash:1@100;;partition@1-2/")),
                bad("--faults", raft("--faults", "crash-leader@1e999/5")),
                // valid extremes
                ok(r -> {   // uniform links of 1e8 ms, no jitter: a commit is leader -> follower -> leader, two one-way
                            // delays, plus a fsync (0.6 ms) and CPU time that vanish next to 2e8
                    near(2e8, number(r, "commit_mean_ms"), 1e-6, "commit_mean_ms");
                    near(2e8, number(r, "predicted_commit_ms"), 1e-6, "predicted_commit_ms");
                }, "protocol", "--protocol", "raft", "--latency", "100000000", "--duration", "500", "--replications", "2", "--json"),
                ok(r -> assertEquals(2 * (5 - 1), number(r, "predicted_messages_per_entry"), 0),   // Raft: 2(n - 1) per entry
                        raft("--nodes", "5", "--json")),
                ok(r -> assertEquals(0, number(r, "predicted_messages_per_entry"), 0), raft("--nodes", "1", "--json")),
                ok(r -> assertTrue(r.json().containsKey("commit_mean_ms"), r.out()), raft("--loss", "0.999999", "--json")),
                ok(r -> assertTrue(r.json().get("safety_violations") instanceof Number, r.out()),
                        "protocol", "--protocol", "pbft", "--topology", "three-zones", "--faults", "byzantine:1", "--duration", "500",
                        "--replications", "2", "--json"),
                ok(r -> assertEquals("crash:3@100", r.json().get("faults"), r.out()),   // 2pc: participants are nodes 1..3
                        "protocol", "--protocol", "2pc", "--topology", "three-zones", "--faults", "crash:3@100", "--duration", "500",
                        "--replications", "2", "--json"),
                ok(r -> assertTrue(r.json().containsKey("throughput_ops"), r.out()), raft("--rate", "1e-9", "--json")),
                ok(r -> assertTrue(r.out().startsWith("command "), r.out()), raft("--json=false")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAttackIsAnsweredOrRefusedInOneLine(Attack.Case c) {
        Attack.run(c, tmp);
    }
}
