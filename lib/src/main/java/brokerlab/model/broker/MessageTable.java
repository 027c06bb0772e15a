package brokerlab.model.broker;

import java.util.Arrays;

/** Per-message state on growable primitive arrays, indexed by sequence number (0, 1, 2, ... in send order). */
final class MessageTable {
    static final byte SENDING = 0, VISIBLE = 1, INVISIBLE = 2, DELETED = 3, DEAD = 4;

    private double[] sendTime = new double[1024];
    private int[] receives = new int[1024];
    private int[] group = new int[1024];
    private byte[] state = new byte[1024];
    private int size;

    int add(double time, int groupId) {
        if (size == sendTime.length) {
            int n = size * 2;
            sendTime = Arrays.copyOf(sendTime, n);
            receives = Arrays.copyOf(receives, n);
            group = Arrays.copyOf(group, n);
            state = Arrays.copyOf(state, n);
        }
        sendTime[size] = time;
        group[size] = groupId;
        state[size] = SENDING;
        return size++;
    }

    int size() { return size; }
    double sendTime(int m) { return sendTime[m]; }
    int receives(int m) { return receives[m]; }
    int receive(int m) { state[m] = INVISIBLE; return ++receives[m]; }
    int group(int m) { return group[m]; }
    byte state(int m) { return state[m]; }
    void setState(int m, byte s) { state[m] = s; }
    boolean finished(int m) { return state[m] == DELETED || state[m] == DEAD; }
}
