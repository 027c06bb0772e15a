package brokerlab.model;

import brokerlab.dist.Distributions;
import brokerlab.dist.DistributionParameters;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Model;
import brokerlab.experiment.ModelKind;
import brokerlab.experiment.Point;
import brokerlab.util.Check;
import brokerlab.util.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code network} kind of a sweep description: the base is an open network as a {@link NetworkFile} object
 * (stations, routing, one source), and a grid point changes it by these parameters:
 * <ul>
 *   <li>{@code STATION.servers}, {@code STATION.capacity}: whole numbers, for the station named STATION;</li>
 *   <li>{@code STATION.service.P}: parameter P of that station's service distribution
 *       ({@link DistributionParameters#with}: {@code mean}, {@code rate}, {@code scv}, or the family's own);</li>
 *   <li>{@code arrival.P}: parameter P of the one source's inter-arrival distribution ({@code arrival.rate} is the
 *       external arrival rate).</li>
 * </ul>
 * Values are written into a copy of the base description in the grid's order, and the copy is read as a model
 * file is, so every rule of {@link NetworkFile} applies to each point.
 */
public final class NetworkKind implements ModelKind {

    @Override public String name() { return "network"; }

    @Override
    public List<String> parameters(Map<String, Object> base) {
        NetworkFile f = file(base);
        List<String> out = new ArrayList<>();
        for (NetworkFile.Node n : f.stations()) {
            if (n.servers() > 0) out.add(n.name() + ".servers");
            out.add(n.name() + ".capacity");
            for (String p : DistributionParameters.names(n.service())) out.add(n.name() + ".service." + p);
        }
        if (f.sources().size() == 1) {
            for (String p : DistributionParameters.names(f.sources().get(0).interArrival())) out.add("arrival." + p);
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Model<Measurements> model(Map<String, Object> base, Point point) {
        Map<String, Object> m = Json.readObject(Json.write(base), "network", "sweep base");   // a deep copy
        for (Map.Entry<String, Double> e : point.values().entrySet()) {
            String name = e.getKey();
            if (name.startsWith("arrival.")) {
                Map<String, Object> source = (Map<String, Object>) ((List<Object>) m.get("sources")).get(0);
                set(source, "interarrival", name.substring("arrival.".length()), e.getValue());
                continue;
            }
            int dot = name.indexOf('.');
            Map<String, Object> station = station(m, dot < 0 ? name : name.substring(0, dot));
            String rest = name.substring(dot + 1);
            if (rest.equals("servers") || rest.equals("capacity")) {
                station.put(rest, point.integer(name));
            } else if (rest.startsWith("service.")) {
                set(station, "service", rest.substring("service.".length()), e.getValue());
            } else {
                throw Check.fail("grid parameter", "'" + name + "'", "it is not a parameter of a network", "see NetworkKind");
            }
        }
        return file(m).toModel();
    }

    private static void set(Map<String, Object> owner, String key, String parameter, double value) {
        var d = Distributions.parse(String.valueOf(owner.get(key)));
        owner.put(key, DistributionParameters.with(d, parameter, value).spec());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> station(Map<String, Object> m, String name) {
        for (Object o : (List<Object>) m.get("stations")) {
            Map<String, Object> s = (Map<String, Object>) o;
            if (name.equals(s.get("name"))) return s;
        }
        throw Check.fail("station", "'" + name + "'", "the network has no station of this name", "check the grid parameter");
    }

    private static NetworkFile file(Map<String, Object> base) {
        return NetworkFile.parse(Json.write(Check.notNull("network spec", base)), false, "the sweep's network");
    }
}
