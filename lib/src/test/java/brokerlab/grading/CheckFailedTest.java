package brokerlab.grading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CheckFailedTest {

    @Test
    void isAnAssertionErrorCarryingTheFeedbackAndTheStudentsException() {
        var cause = new RuntimeException("not implemented yet");
        var e = new CheckFailed("your f() threw RuntimeException: not implemented yet", cause);
        assertInstanceOf(AssertionError.class, e);       // a wrong answer, not bad input (IllegalArgumentException)
        assertEquals("your f() threw RuntimeException: not implemented yet", e.getMessage());
        assertSame(cause, e.getCause());
        assertNull(new CheckFailed("plain").getCause());
    }
}
