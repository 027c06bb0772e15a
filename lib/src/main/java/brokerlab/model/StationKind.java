package brokerlab.model;

import brokerlab.dist.Distribution;
import brokerlab.dist.DistributionParameters;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.ModelKind;
import brokerlab.experiment.Point;
import brokerlab.util.Check;
import brokerlab.util.Json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code station} kind of a sweep description: the base is a {@link QueueSpec} as JSON
 * ({@code {"arrival": "exp(rate=0.9)", "service": "exp(rate=1)", "servers": 1}}), and a grid point changes it by
 * these parameters:
 * <ul>
 *   <li>{@code servers}, {@code capacity}: whole numbers (not {@code servers} when the base lists speeds);</li>
 *   <li>{@code arrival.P}, {@code service.P}: parameter P of that distribution by
 *       {@link DistributionParameters#with} ({@code mean}, {@code rate}, {@code scv}, or the family's own, e.g.
 *       {@code service.alpha} for a Lomax);</li>
 *   <li>{@code rho}: the utilization lambda E[S] / (total speed), which sets the arrival rate and keeps the
 *       arrival distribution's shape.</li>
 * </ul>
 * The point's values are applied to the base in the grid's order, except {@code rho}, which is applied last so it
 * sees the point's servers and service time. An unstable point (rho &gt;= 1 with an infinite buffer) fails with the
 * {@link QueueSpec#requireStable()} message.
 */
public final class StationKind implements ModelKind {
    /** The derived utilization parameter. */
    public static final String RHO = "rho";

    @Override public String name() { return "station"; }

    @Override
    public List<String> parameters(Map<String, Object> base) {
        QueueSpec q = spec(base);
        List<String> out = new ArrayList<>(List.of("servers", "capacity"));
        for (String p : DistributionParameters.names(q.arrival())) out.add("arrival." + p);
        for (String p : DistributionParameters.names(q.service())) out.add("service." + p);
        out.add(RHO);
        return out;
    }

    @Override
    public void checkGrid(Map<String, Object> base, List<String> names) {
        ModelKind.super.checkGrid(base, names);
        if (names.contains(RHO)) {
            for (String n : List.of("arrival.rate", "arrival.mean")) {
                if (names.contains(n)) {
                    throw Check.fail("grid parameter", "'" + n + "'", "rho sets the arrival rate, so the two cannot be "
                            + "swept together", "sweep one of rho and " + n);
                }
            }
        }
        if (names.contains("servers") && spec(base).speeds() != null) {
            throw Check.fail("grid parameter", "'servers'", "the base station lists speeds, one per server",
                    "drop speeds from the base, or sweep another parameter");
        }
    }

    @Override
    public List<String> metrics(Map<String, Object> base) {
        return StationRun.METRICS.stream().map(Metric::name).toList();
    }

    @Override
    public Model<StationRun> model(Map<String, Object> base, Point point) {
        return at(spec(base), point).toModel();
    }

    /** The base spec with the point's values applied (rho last); not yet checked for stability. */
    public static QueueSpec at(QueueSpec q, Point point) {
        for (Map.Entry<String, Double> e : point.values().entrySet()) {
            String name = e.getKey();
            double v = e.getValue();
            if (name.equals(RHO)) continue;
            if (name.equals("servers")) {
                q = new QueueSpec(q.arrival(), q.service(), point.integer(name), q.capacity(), null, q.routing(), q.discipline());
            } else if (name.equals("capacity")) {
                q = q.capacity(point.integer(name));
            } else if (name.startsWith("arrival.")) {
                q = new QueueSpec(with(q.arrival(), name, v), q.service(), q.servers(), q.capacity(), q.speeds(), q.routing(), q.discipline());
            } else if (name.startsWith("service.")) {
                q = new QueueSpec(q.arrival(), with(q.service(), name, v), q.servers(), q.capacity(), q.speeds(), q.routing(), q.discipline());
            } else {
                throw Check.fail("grid parameter", "'" + name + "'", "it is not a parameter of a station", "see StationKind");
            }
        }
        if (point.values().containsKey(RHO)) {
            double rho = Check.positive(RHO, point.get(RHO));
            double total = q.speeds() == null ? q.servers() : Arrays.stream(q.speeds()).sum();
            double lambda = rho * total / q.service().mean();
            q = new QueueSpec(with(q.arrival(), "arrival.rate", lambda), q.service(), q.servers(), q.capacity(),
                    q.speeds(), q.routing(), q.discipline());
        }
        return q;
    }

    private static Distribution with(Distribution d, String name, double value) {
        return DistributionParameters.with(d, name.substring(name.indexOf('.') + 1), value);
    }

    private static QueueSpec spec(Map<String, Object> base) {
        return QueueSpec.fromJson(Json.write(Check.notNull("station spec", base)));
    }
}
