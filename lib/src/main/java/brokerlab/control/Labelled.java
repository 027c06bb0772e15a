package brokerlab.control;

import java.util.Arrays;
import java.util.List;

/** A choice shown on a control by its label: the labels go to the front end, the selected label comes back. */
interface Labelled {
    String label();

    static <E extends Enum<E> & Labelled> List<String> labels(E[] values) {
        return Arrays.stream(values).map(Labelled::label).toList();
    }

    /** The choice with this label; {@code what} names the control in the error message. */
    static <E extends Enum<E> & Labelled> E ofLabel(E[] values, String label, String what) {
        return Arrays.stream(values).filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(what + " = " + label + " is invalid: use one of " + labels(values)));
    }
}
