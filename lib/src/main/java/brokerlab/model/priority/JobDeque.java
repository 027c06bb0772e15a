package brokerlab.model.priority;

/**
 * The waiting jobs of one class on primitive circular arrays: new jobs join at the tail, preempted jobs go back to
 * the head (they were ahead of everyone waiting in their class). Grows by doubling; no allocation per job.
 */
final class JobDeque {
    private double[] arrival = new double[16], demand = new double[16], remaining = new double[16];
    private long[] index = new long[16];
    private int head, size;

    boolean isEmpty() { return size == 0; }
    int size() { return size; }

    void addLast(double arrivalTime, double demandTime, double remainingWork, long jobIndex) {
        grow();
        int i = (head + size) & (arrival.length - 1);
        set(i, arrivalTime, demandTime, remainingWork, jobIndex);
        size++;
    }

    void addFirst(double arrivalTime, double demandTime, double remainingWork, long jobIndex) {
        grow();
        head = (head - 1) & (arrival.length - 1);
        set(head, arrivalTime, demandTime, remainingWork, jobIndex);
        size++;
    }

    double headArrival() { return arrival[head]; }
    double headDemand() { return demand[head]; }
    double headRemaining() { return remaining[head]; }
    long headIndex() { return index[head]; }

    void removeFirst() {
        head = (head + 1) & (arrival.length - 1);
        size--;
    }

    private void set(int i, double a, double d, double r, long k) {
        arrival[i] = a;
        demand[i] = d;
        remaining[i] = r;
        index[i] = k;
    }

    private void grow() {
        if (size < arrival.length) return;
        int n = arrival.length;
        arrival = unwrap(arrival, n);
        demand = unwrap(demand, n);
        remaining = unwrap(remaining, n);
        long[] idx = new long[2 * n];
        for (int i = 0; i < n; i++) idx[i] = index[(head + i) & (n - 1)];
        index = idx;
        head = 0;
    }

    private double[] unwrap(double[] a, int n) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) out[i] = a[(head + i) & (n - 1)];
        return out;
    }
}
