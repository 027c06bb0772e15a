package brokerlab.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the successful tasks of one sweep's job, for progress: a listener on the Spark context that follows only
 * the stages of jobs started under its own job group, so other jobs on a shared context do not count. Spark calls
 * it on its listener-bus thread; the sweep reads {@link #succeeded()} from its own.
 */
final class TaskCounter extends SparkListener {
    private final SparkContext context;
    private final String group = "brokerlab-sweep-" + UUID.randomUUID();
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final AtomicLong succeeded = new AtomicLong();

    private TaskCounter(SparkContext context) {
        this.context = context;
    }

    static TaskCounter attach(SparkContext context) {
        TaskCounter c = new TaskCounter(context);
        context.addSparkListener(c);
        return c;
    }

    void detach() {
        context.removeSparkListener(this);
    }

    /** The job group the sweep's job must run under to be counted. */
    String group() { return group; }

    long succeeded() { return succeeded.get(); }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        if (start.properties() != null && group.equals(start.properties().getProperty("spark.jobGroup.id"))) {
            for (Object id : CollectionConverters.asJava(start.stageIds())) stages.add((Integer) id);
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (stages.contains(end.stageId()) && end.taskInfo() != null && end.taskInfo().successful()) succeeded.incrementAndGet();
    }
}
