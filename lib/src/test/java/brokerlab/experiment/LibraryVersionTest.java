package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LibraryVersionTest {

    @Test
    void readsTheMavenFilteredProjectVersion() {
        // Maven filters version=${project.version} at build time; the POM version looks like 0.1.0.
        String v = LibraryVersion.get();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+.*"), v);
    }
}
