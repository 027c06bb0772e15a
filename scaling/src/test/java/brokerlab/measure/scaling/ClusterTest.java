package brokerlab.measure.scaling;

import brokerlab.measure.ValkeyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void bothProtocolsServeTheSameJukeboxAcrossTheirNodes(Protocol protocol) {
        try (ValkeyServer valkey = ValkeyServer.start();
             Cluster cluster = Cluster.start(protocol, 2, valkey.endpoint(), 0, 2, "contract");
             JukeboxClient client = cluster.connect()) {
            long a = client.enqueue("Blue in Green");   // node 1
            long b = client.enqueue("So What");         // node 2: the same Valkey, so the ids continue
            assertEquals(a + 1, b);
            assertEquals(1, client.vote(b));
            assertEquals(2, client.vote(b));
            List<Track> best = client.list(10);
            assertEquals(List.of(new Track(b, "So What", 2), new Track(a, "Blue in Green", 0)), best);
            assertTrue(cluster.valkeyNanos() > 0, "each node times its Valkey calls");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aKilledNodeFailsItsRequestsWithItsPortAndReleasesIt(Protocol protocol) {
        try (ValkeyServer valkey = ValkeyServer.start();
             Cluster cluster = Cluster.start(protocol, 2, valkey.endpoint(), 0, 2, "kill");
             JukeboxClient client = cluster.connect()) {
            cluster.nodes().get(1).kill();
            client.list(1);   // node 1 still answers
            var e = assertThrows(JukeboxClient.RequestFailed.class, () -> client.list(1));
            assertEquals(cluster.nodes().get(1).port(), e.port());
            assertTrue(cluster.firstDead().isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void tenNodesServeRoundRobinAndAllCloseTheirPorts(Protocol protocol) {
        Cluster cluster;
        try (ValkeyServer valkey = ValkeyServer.start()) {
            cluster = Cluster.start(protocol, 10, valkey.endpoint(), 0, 1, "ten");
            try (JukeboxClient client = cluster.connect()) {
                assertEquals(10, cluster.ports().stream().distinct().count());
                long first = client.enqueue("t0");
                // one enqueue through each node in turn: ten consecutive ids from the one shared counter
                for (int i = 1; i < 10; i++) assertEquals(first + i, client.enqueue("t" + i));
                assertEquals(10, client.list(20).size());
                for (AppNode n : cluster.nodes()) assertTrue(n.jukebox().valkeyNanos() > 0, "every node served a request: " + n.port());
            }
            cluster.close();
        }
        assertTrue(cluster.allPortsClosed());
    }

    @Test
    void closingStopsEveryNodePort() {
        Cluster cluster;
        try (ValkeyServer valkey = ValkeyServer.start()) {
            cluster = Cluster.start(Protocol.REST, 3, valkey.endpoint(), 0, 1, "close");
            cluster.close();
        }
        assertTrue(cluster.allPortsClosed());
    }
}
