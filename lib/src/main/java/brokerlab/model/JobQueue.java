package brokerlab.model;

/**
 * A FIFO of waiting jobs on three parallel primitive ring arrays (arrival time, service demand, customer index):
 * no object per job. It grows by doubling, so memory follows the longest queue seen, not the run length.
 */
final class JobQueue {
    private double[] arrival = new double[16];
    private double[] demand = new double[16];
    private long[] index = new long[16];
    private int head, size, mask = 15;

    int size() { return size; }

    boolean isEmpty() { return size == 0; }

    void add(double arrivalTime, double serviceDemand, long customer) {
        if (size == arrival.length) grow();
        int i = (head + size) & mask;
        arrival[i] = arrivalTime;
        demand[i] = serviceDemand;
        index[i] = customer;
        size++;
    }

    double headArrival() { return arrival[head]; }
    double headDemand() { return demand[head]; }
    long headIndex() { return index[head]; }

    void removeHead() {
        head = (head + 1) & mask;
        size--;
    }

    private void grow() {
        int n = arrival.length * 2;
        double[] a = new double[n], d = new double[n];
        long[] k = new long[n];
        for (int j = 0; j < size; j++) {
            int i = (head + j) & mask;
            a[j] = arrival[i];
            d[j] = demand[i];
            k[j] = index[i];
        }
        arrival = a;
        demand = d;
        index = k;
        head = 0;
        mask = n - 1;
    }

    @Override
    public String toString() {
        return "JobQueue(size=" + size + ", capacity=" + arrival.length + ")";
    }
}
