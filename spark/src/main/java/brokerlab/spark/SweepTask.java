package brokerlab.spark;

import brokerlab.experiment.Model;
import brokerlab.experiment.Outcome;
import brokerlab.experiment.Point;
import brokerlab.experiment.SweepFile;
import brokerlab.experiment.SweepSpec;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One (point, replication) task, as Spark ships it: the sweep's description as JSON text (self-contained: model
 * files are inlined) and the task index. The executor reads the description once per JVM, builds the point's
 * model, and runs replication r with the streams of (seed, r): the same call, on the same inputs, as the local
 * runner makes, so the outcome is the same bytes wherever it runs.
 */
final class SweepTask implements Function<Integer, TaskResult> {
    private static final long serialVersionUID = 1L;
    /** Per executor JVM: the parsed description and its models, keyed by the description's text. */
    private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();

    private final String json;
    private final TaskHook hook;

    SweepTask(String json, TaskHook hook) {
        this.json = json;
        this.hook = hook;
    }

    @Override
    public TaskResult call(Integer task) {
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        Prepared p = PREPARED.computeIfAbsent(json, Prepared::new);
        int point = task / p.spec.replications(), replication = task % p.spec.replications();
        try {
            hook.before(point, replication, attempt);
            Model<Outcome> model = p.model(point);
            return TaskResult.ok(task, model.run(p.spec.length(), p.spec.seed(), replication), attempt);
        } catch (IllegalArgumentException e) {
            // A bad parameter fails the same way on every attempt: report it with its point instead of letting
            // Spark retry it until the whole job aborts.
            String where = "at " + p.points.get(point);
            String message = String.valueOf(e.getMessage());
            return TaskResult.failed(task, message.startsWith(where) ? message
                    : where + ", replication " + replication + ": " + message, attempt);
        }
    }

    /** A description read once, with each point's model built on first use. */
    private static final class Prepared {
        final SweepSpec spec;
        final List<Point> points;
        final AtomicReferenceArray<Model<Outcome>> models;

        Prepared(String json) {
            spec = SweepFile.fromJson(json);
            points = spec.points();
            models = new AtomicReferenceArray<>(points.size());
        }

        Model<Outcome> model(int point) {
            Model<Outcome> m = models.get(point);
            if (m == null) {
                m = spec.model(points.get(point));      // not spec.model(int), which enumerates the grid
                models.set(point, m);
            }
            return m;
        }
    }
}
