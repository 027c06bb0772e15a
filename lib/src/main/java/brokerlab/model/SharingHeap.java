package brokerlab.model;

/**
 * The jobs of a processor-sharing station, as a binary min-heap on parallel primitive arrays keyed by the
 * virtual finish tag (virtual time at arrival + demand). Under PS every job present receives the same service
 * rate, so jobs finish in tag order and only the smallest tag matters for the next departure.
 */
final class SharingHeap {
    private double[] tag = new double[16];
    private double[] arrival = new double[16];
    private double[] demand = new double[16];
    private long[] index = new long[16];
    private int size;

    int size() { return size; }

    double minTag() { return tag[0]; }
    double minArrival() { return arrival[0]; }
    double minDemand() { return demand[0]; }
    long minIndex() { return index[0]; }

    void add(double finishTag, double arrivalTime, double serviceDemand, long customer) {
        if (size == tag.length) grow();
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (tag[parent] <= finishTag) break;
            copy(parent, i);
            i = parent;
        }
        set(i, finishTag, arrivalTime, serviceDemand, customer);
    }

    void removeMin() {
        int last = --size;
        if (last == 0) return;
        double t = tag[last], a = arrival[last], d = demand[last];
        long k = index[last];
        int i = 0, half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && tag[child + 1] < tag[child]) child++;
            if (tag[child] >= t) break;
            copy(child, i);
            i = child;
        }
        set(i, t, a, d, k);
    }

    private void copy(int from, int to) {
        tag[to] = tag[from];
        arrival[to] = arrival[from];
        demand[to] = demand[from];
        index[to] = index[from];
    }

    private void set(int i, double t, double a, double d, long k) {
        tag[i] = t;
        arrival[i] = a;
        demand[i] = d;
        index[i] = k;
    }

    private void grow() {
        int n = tag.length * 2;
        tag = java.util.Arrays.copyOf(tag, n);
        arrival = java.util.Arrays.copyOf(arrival, n);
        demand = java.util.Arrays.copyOf(demand, n);
        index = java.util.Arrays.copyOf(index, n);
    }
}
