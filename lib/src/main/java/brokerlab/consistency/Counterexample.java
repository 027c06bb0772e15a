package brokerlab.consistency;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a key's history is not linearizable, in the smallest window the checker could find. {@code culprit} is the
 * operation whose completion ends the shortest prefix of the history that has no linearisation (every shorter
 * prefix has one, with operations still open treated as pending); {@code valuesBefore} are every value the
 * register can hold when the culprit was invoked, over all linearisations of what came before (they summarise the
 * whole past soundly: the prefix is linearizable exactly when the window can be linearised from one of them);
 * {@code concurrent} are the operations that overlap the culprit and still matter (concurrent reads whose removal
 * leaves the window impossible are left out). Either list may be empty; {@code valuesBefore} is empty also when
 * the budget ran out before they were enumerated ({@code complete} is then false).
 */
public record Counterexample(String key, Operation culprit, List<String> valuesBefore, List<Operation> concurrent,
                             boolean complete) {
    public Counterexample {
        valuesBefore = List.copyOf(valuesBefore);
        concurrent = List.copyOf(concurrent);
    }

    /** The operations of the window: the culprit and those concurrent with it, in invoke order. */
    public List<Operation> window() {
        List<Operation> all = new java.util.ArrayList<>(concurrent);
        all.add(culprit);
        all.sort((a, b) -> Integer.compare(a.invokeIndex(), b.invokeIndex()));
        return List.copyOf(all);
    }

    /** A few lines for people: the culprit, the register before it, the operations racing it, the conclusion. */
    public String explanation() {
        String k = key.isEmpty() ? "the register" : "key " + key;
        StringBuilder s = new StringBuilder();
        s.append(culprit.describe()).append(" (").append(culprit.where()).append(") cannot be linearised.\n");
        if (!complete) {
            s.append("The search budget ran out before the window was narrowed further.\n");
        } else if (valuesBefore.size() == 1) {
            s.append("When it was invoked, every order of the earlier operations leaves ").append(k).append(" = ")
                    .append(Operation.show(valuesBefore.get(0))).append(".\n");
        } else {
            s.append("When it was invoked, the earlier operations can leave ").append(k).append(" holding only ")
                    .append(valuesBefore.stream().map(Operation::show).collect(Collectors.joining(", ", "{", "}"))).append(".\n");
        }
        if (concurrent.isEmpty()) {
            s.append("No other operation on ").append(k).append(" overlaps it, so nothing can change ").append(k).append(" in time.\n");
        } else {
            s.append("Operations overlapping it:\n");
            for (Operation o : concurrent) s.append("  ").append(o).append('\n');
        }
        s.append("No order of these, each taking effect once between its invoke and its completion, gives ")
                .append(culprit.describe()).append('.');
        return s.toString();
    }

    /** The culprit and its lines in one phrase, for one-line summaries. */
    public String headline() {
        return culprit.describe() + " by " + culprit.where() + " cannot be linearised";
    }
}
