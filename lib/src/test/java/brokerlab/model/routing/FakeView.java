package brokerlab.model.routing;

/** A hand-set {@link ServerView} for unit tests of policies. */
final class FakeView implements ServerView {
    final double[] speeds;
    final int[] jobs;
    int waiting;
    long decisions;

    FakeView(double[] speeds, int[] jobs) {
        this.speeds = speeds;
        this.jobs = jobs;
    }

    static FakeView jobs(int... jobs) {
        double[] s = new double[jobs.length];
        java.util.Arrays.fill(s, 1);
        return new FakeView(s, jobs);
    }

    @Override public int servers() { return speeds.length; }
    @Override public double speed(int i) { return speeds[i]; }
    @Override public int jobsAt(int i) { return jobs[i]; }
    @Override public boolean idle(int i) { return jobs[i] == 0; }
    @Override public int waiting() { return waiting; }
    @Override public long decisions() { return decisions; }
}
