package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValkeyEndpointTest {

    @Test
    void parsesLoopbackUrlsWithTheDefaultPort() {
        assertEquals(new ValkeyEndpoint("127.0.0.1", 6380), ValkeyEndpoint.parse("redis://127.0.0.1:6380"));
        assertEquals(6379, ValkeyEndpoint.parse("redis://localhost").port());
    }

    @Test
    void refusesAnotherMachineNamingTheRule() {
        var e = assertThrows(IllegalArgumentException.class, () -> ValkeyEndpoint.parse("redis://10.1.2.3:6379"));
        assertTrue(e.getMessage().startsWith("host = 10.1.2.3 is invalid: measurements only use loopback"), e.getMessage());
    }

    @Test
    void refusesTextThatIsNotARedisUrl() {
        var e = assertThrows(IllegalArgumentException.class, () -> ValkeyEndpoint.parse("http://127.0.0.1:6379"));
        assertTrue(e.getMessage().contains("redis://HOST:PORT"), e.getMessage());
    }

    @Test
    void anUnreachableUrlFailsAtConnectNamingTheFix() {
        int port = LoopbackPort.free();
        var e = assertThrows(IllegalArgumentException.class, () -> ExternalValkey.connect("redis://127.0.0.1:" + port));
        assertTrue(e.getMessage().contains("no Valkey/Redis server answers there") && e.getMessage().contains("leave out --url"), e.getMessage());
    }
}
