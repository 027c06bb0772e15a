package brokerlab.protocol;

import brokerlab.experiment.RunLength;
import brokerlab.protocol.experiment.Protocol;
import brokerlab.protocol.experiment.ProtocolExperiment;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class ZzGoldenDump {
    @Test
    void dump() throws Exception {
        List<String> out = new ArrayList<>();
        for (Protocol p : Protocol.values()) {
            for (int k = 0; k < 3; k++) {
                var plan = FaultPlan.harsh(RandomStream.of(5, k, RandomStream.MISC), p.defaultNodes(), 2000, 2, 0.01);
                if (p == Protocol.PBFT) plan = FaultPlan.random(RandomStream.of(5, k, RandomStream.MISC), 4, 2000, 2, 0.01);
                var e = ProtocolExperiment.of(p, Topology.THREE_ZONES).faults(plan).clientRate(150).duration(2000);
                var r = e.model().run(RunLength.time(0, 2000), 9, k);
                out.add(p + " " + k + " " + r.measurements() + " " + r.violations().size() + " " + new java.util.TreeMap<>(r.messagesByKind()));
            }
        }
        Files.write(Path.of(System.getProperty("golden.out", "/tmp/golden/out.txt")), out);
    }
}
