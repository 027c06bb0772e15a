package brokerlab.analytic.capacity;

import brokerlab.analytic.Estimate;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class PlanTest {
    @Test
    void describesTheAnswerAndItsCertificate() {
        var plan = new Plan(12, Evaluation.of(Estimate.of(1.04, "M/M/c")), Optional.of(Evaluation.of(Estimate.of(1.2, "M/M/c"))),
                "mean response <= 1.05", "linear scan");
        String text = plan.toString();
        assertTrue(text.contains("c = 12") && text.contains("c = 11 gives 1.2"), text);
    }
}
