package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.measure.scaling.proto.EnqueueRequest;
import brokerlab.measure.scaling.proto.JukeboxGrpc;
import brokerlab.measure.scaling.proto.ListRequest;
import brokerlab.measure.scaling.proto.VoteRequest;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The gRPC client: one plaintext channel (one HTTP/2 connection) per node, blocking stubs with a 5 s deadline, and
 * a {@link RoundRobin} over the channels, the same balancer {@link RestClient} uses. A non-OK status is a
 * {@link JukeboxClient.RequestFailed}.
 */
final class GrpcClient implements JukeboxClient {
    private final List<Integer> ports;
    private final List<ManagedChannel> channels = new ArrayList<>();
    private final RoundRobin balancer;

    GrpcClient(List<Integer> ports) {
        this.ports = List.copyOf(ports);
        for (int p : ports) channels.add(NettyChannelBuilder.forAddress(LoopbackPort.HOST, p).usePlaintext().build());
        this.balancer = new RoundRobin(ports.size());
    }

    @Override public long enqueue(String title) {
        return call(s -> s.enqueue(EnqueueRequest.newBuilder().setTitle(title).build()).getId());
    }

    @Override public List<Track> list(int limit) {
        return call(s -> s.list(ListRequest.newBuilder().setLimit(limit).build()).getTracksList().stream()
                .map(t -> new Track(t.getId(), t.getTitle(), t.getVotes())).toList());
    }

    @Override public long vote(long id) {
        return call(s -> s.vote(VoteRequest.newBuilder().setId(id).build()).getVotes());
    }

    private <T> T call(Function<JukeboxGrpc.JukeboxBlockingStub, T> rpc) {
        int node = balancer.next();
        try {
            return rpc.apply(JukeboxGrpc.newBlockingStub(channels.get(node)).withDeadlineAfter(5, TimeUnit.SECONDS));
        } catch (StatusRuntimeException e) {
            throw new RequestFailed(ports.get(node), e.getStatus().getCode() + " " + e.getStatus().getDescription(), e);
        }
    }

    @Override public void close() {
        for (ManagedChannel c : channels) c.shutdownNow();
        for (ManagedChannel c : channels) {
            try {
                c.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
