package brokerlab.control;

import brokerlab.stats.ConfidenceInterval;
import brokerlab.widget.HtmlWidget;

import java.util.Locale;
import java.util.Optional;

/** The Control Center's numbers as a small HTML table: theory, the textbook, the simulation, replication on top. */
final class ReadoutTable {
    private ReadoutTable() {}

    static String html(OperatingPoint p, Theory.Readout t, Optional<PointEstimate> sim, String simulationStatus) {
        StringBuilder b = new StringBuilder("<table style=\"border-collapse:collapse\">");
        b.append("<tr><th></th><th style=\"text-align:left\">mean response</th><th style=\"text-align:left\">p99 response</th></tr>");
        row(b, "theory", cell(t.mean()), cell(t.p99()));
        row(b, "M/M/c (textbook)", cell(t.mmcMean()), cell(t.mmcP99()));
        if (sim.isPresent()) {
            row(b, "simulation", Units.ms(sim.get().meanResponse()) + small(sim.get().method()), Units.ms(sim.get().p99Response()));
            if (!p.unlimitedBuffer()) {
                ConfidenceInterval r = sim.get().rejection();
                row(b, "rejected (buffer full)", String.format(Locale.ROOT, "%.2f%% ± %.2f%%", 100 * r.estimate(), 100 * r.halfWidth()), "");
            }
        } else {
            row(b, "simulation", HtmlWidget.escape(simulationStatus), "");
        }
        if (p.replication() != Replication.NONE) replication(b, p, t, sim);
        return b.append("</table>").append(small(p.describe())).toString();
    }

    private static void replication(StringBuilder b, OperatingPoint p, Theory.Readout t, Optional<PointEstimate> sim) {
        String label = "+ commit, " + p.replication().label() + " on " + p.deployment().label();
        String mean = "theory " + cell(t.commit());
        String p99 = "";
        if (sim.isPresent() && sim.get().meanCommit().isPresent()) {
            mean += "<br>simulated " + Units.ms(sim.get().meanCommit().get());
            p99 = "simulated " + Units.ms(sim.get().p99Commit().orElseThrow());
        }
        row(b, HtmlWidget.escape(label), mean, p99);
        String total = t.mean().isFinite() && t.commit().isFinite() ? "theory " + Units.ms(t.mean().seconds() + t.commit().seconds()) : "theory —";
        if (sim.isPresent() && sim.get().meanCommit().isPresent()) {
            ConfidenceInterval q = sim.get().meanResponse(), c = sim.get().meanCommit().get();
            // independent runs: the half-widths add in quadrature
            total += "<br>simulated " + Units.ms(new ConfidenceInterval(q.estimate() + c.estimate(),
                    Math.hypot(q.halfWidth(), c.halfWidth()), q.level(), Math.min(q.samples(), c.samples())));
        }
        row(b, "end to end (queue + commit)", total, small("percentiles do not add"));
    }

    private static String cell(Theory.Answer a) {
        if (a.estimate().isEmpty()) return "—" + small(a.note());
        if (!a.estimate().get().isFinite()) return "infinite" + small(a.estimate().get().toString());
        return Units.ms(a.seconds()) + small(a.method());
    }

    private static String small(String text) {
        return text.isEmpty() ? "" : "<br><small>" + HtmlWidget.escape(text) + "</small>";
    }

    private static void row(StringBuilder b, String label, String mean, String p99) {
        String td = "<td style=\"padding:2px 10px;text-align:left;vertical-align:top\">";
        b.append("<tr>").append(td).append("<b>").append(label).append("</b></td>").append(td).append(mean).append("</td>")
                .append(td).append(p99).append("</td></tr>");
    }
}
