package brokerlab.protocol.quorum;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SiblingsTest {
    private static final Version A = new Version(1, new int[]{1, 0, 0}, 10, 1);
    private static final Version B = new Version(2, new int[]{0, 1, 0}, 20, 2);     // concurrent with A, later stamp
    private static final Version C = new Version(3, new int[]{1, 1, 1}, 5, 3);      // saw A and B, but an early stamp

    @Test
    void lastWriterWinsKeepsOnlyTheLatestTimestamp() {
        assertEquals(List.of(B), Siblings.merge(List.of(A), List.of(B), Versioning.LAST_WRITER_WINS));
        // C descends from both, yet its clock was slow: last-writer-wins keeps B and drops the newer write
        assertEquals(List.of(B), Siblings.merge(List.of(B), List.of(C), Versioning.LAST_WRITER_WINS));
    }

    @Test
    void vectorClocksKeepConcurrentVersionsAsSiblings() {
        assertEquals(List.of(A, B), Siblings.merge(List.of(A), List.of(B), Versioning.VECTOR_CLOCKS));
        assertEquals(List.of(C), Siblings.merge(List.of(A, B), List.of(C), Versioning.VECTOR_CLOCKS), "C supersedes both");
        assertEquals(List.of(C), Siblings.merge(List.of(C), List.of(A), Versioning.VECTOR_CLOCKS), "an older version adds nothing");
        assertEquals(List.of(A), Siblings.merge(List.of(A), List.of(A), Versioning.VECTOR_CLOCKS), "idempotent");
    }

    @Test
    void mergeOrderDoesNotMatter() {
        for (Versioning mode : Versioning.values()) {
            var ab = Siblings.merge(Siblings.merge(List.of(), List.of(A), mode), List.of(B), mode);
            var ba = Siblings.merge(Siblings.merge(List.of(), List.of(B), mode), List.of(A), mode);
            assertTrue(Siblings.same(ab, ba), mode::toString);
        }
    }

    @Test
    void contextCoversEverySibling() {
        assertArrayEquals(new int[]{1, 1, 0}, Siblings.context(List.of(A, B), 3));
        assertEquals(B, Siblings.newest(List.of(A, B)));
        assertNull(Siblings.newest(List.of()));
    }
}
