package brokerlab.measure;

import brokerlab.util.Check;

import java.util.regex.Pattern;

/**
 * The Valkey key names of one task system ({@link TaskApi}, {@link TaskWorkers}, {@link Reaper}), all under
 * {@code brokerlab:NAME:} so that two systems on one server never meet:
 * {@code queue} (the list producers LPUSH to), {@code counter} (task ids), {@code result:ID} (set when a task is
 * done), {@code processing:W} (the reliable pattern's per-worker list) and {@code heartbeat:W}.
 *
 * @param name letters, digits, '-' and '_'
 */
public record TaskKeys(String name) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    public TaskKeys {
        Check.notNull("name", name);
        if (!NAME.matcher(name).matches()) throw Check.fail("name", "\"" + name + "\"", "use letters, digits, '-' and '_'", null);
    }

    public String queue() { return "brokerlab:" + name + ":queue"; }
    public String counter() { return "brokerlab:" + name + ":counter"; }
    public String result(long id) { return "brokerlab:" + name + ":result:" + id; }
    public String processing(int worker) { return "brokerlab:" + name + ":processing:" + worker; }
    public String heartbeat(int worker) { return "brokerlab:" + name + ":heartbeat:" + worker; }
    /** The set of worker ids that have ever started, which the reaper checks. */
    public String workers() { return "brokerlab:" + name + ":workers"; }
    /** A pattern matching every key of this system (for clean-up). */
    public String all() { return "brokerlab:" + name + ":*"; }
}
