package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.measure.scaling.proto.EnqueueReply;
import brokerlab.measure.scaling.proto.EnqueueRequest;
import brokerlab.measure.scaling.proto.JukeboxGrpc;
import brokerlab.measure.scaling.proto.ListReply;
import brokerlab.measure.scaling.proto.ListRequest;
import brokerlab.measure.scaling.proto.VoteReply;
import brokerlab.measure.scaling.proto.VoteRequest;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import redis.clients.jedis.exceptions.JedisException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The jukebox over gRPC (service {@code brokerlab.jukebox.Jukebox} of {@code jukebox.proto}) on grpc-java's Netty
 * server, plaintext on loopback. The calls run on the node's own fixed worker pool, as {@link RestNode}'s do. Bad
 * input answers INVALID_ARGUMENT, an unreachable Valkey UNAVAILABLE.
 */
final class GrpcNode extends JukeboxGrpc.JukeboxImplBase implements AppNode {
    private final Jukebox jukebox;
    private final int port;
    private final ExecutorService workers;
    private Server server;
    private volatile boolean alive = true;

    private GrpcNode(Jukebox jukebox, int port, ExecutorService workers) {
        this.jukebox = jukebox;
        this.port = port;
        this.workers = workers;
    }

    static GrpcNode start(int requestedPort, Jukebox jukebox, int threads) {
        int port = NodeThreads.choose(requestedPort);
        GrpcNode node = new GrpcNode(jukebox, port, NodeThreads.pool("grpc", port, threads));
        try {
            node.server = NettyServerBuilder.forAddress(new InetSocketAddress(LoopbackPort.HOST, port))
                    .executor(node.workers).addService(node).build().start();
        } catch (IOException e) {
            node.workers.shutdownNow();
            throw NodeThreads.cannotBind(Protocol.GRPC, port, e);
        }
        return node;
    }

    @Override public void enqueue(EnqueueRequest request, StreamObserver<EnqueueReply> reply) {
        answer(reply, () -> EnqueueReply.newBuilder().setId(jukebox.enqueue(request.getTitle())).build());
    }

    @Override public void list(ListRequest request, StreamObserver<ListReply> reply) {
        answer(reply, () -> {
            int limit = request.getLimit() == 0 ? 10 : request.getLimit();
            if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
            ListReply.Builder out = ListReply.newBuilder();
            for (Track t : jukebox.list(limit)) {
                out.addTracksBuilder().setId(t.id()).setTitle(t.title()).setVotes(t.votes());
            }
            return out.build();
        });
    }

    @Override public void vote(VoteRequest request, StreamObserver<VoteReply> reply) {
        answer(reply, () -> VoteReply.newBuilder().setVotes(jukebox.vote(request.getId())).build());
    }

    private static <T> void answer(StreamObserver<T> reply, Supplier<T> work) {
        T value;
        try {
            value = work.get();
        } catch (IllegalArgumentException e) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
            return;
        } catch (JedisException e) {
            reply.onError(Status.UNAVAILABLE.withDescription("valkey unreachable: " + e.getMessage()).asRuntimeException());
            return;
        }
        reply.onNext(value);
        reply.onCompleted();
    }

    @Override public Protocol protocol() { return Protocol.GRPC; }
    @Override public int port() { return port; }
    @Override public long valkeyNanos() { return jukebox.valkeyNanos(); }
    @Override public boolean isAlive() { return alive; }

    @Override public synchronized void kill() {
        if (!alive) return;
        alive = false;
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);   // the port is released only when the listener has closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    @Override public void close() {
        kill();
        jukebox.close();
    }
}
