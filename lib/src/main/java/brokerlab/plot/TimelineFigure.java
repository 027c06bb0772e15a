package brokerlab.plot;

import brokerlab.timeline.Timeline;
import brokerlab.timeline.TimelineEvent;
import brokerlab.timeline.TimelineMessage;
import brokerlab.util.Check;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A space-time diagram of a {@link Timeline} (Lamport 1978, figure 1, turned sideways): one horizontal line per
 * process with time running to the right, an arrow per message from its send to its receipt, coloured by message
 * kind; a dropped message ends in a cross on its receiver's line (a steep dashed stub when it was lost at sending), a message
 * still in flight runs dashed to the edge. Timers are open circles, forced writes small squares, marks (client
 * operations) ticks with their label; a crashed process's line is drawn dashed red until it recovers. Drawn with
 * Java2D in the house style, since a chart library has no arrows between rows.
 */
public final class TimelineFigure extends Figure {
    private static final int LEFT = 96, RIGHT = 24, TOP = 48, AXIS = 44, ROW = 64;
    private static final Color LINE = new Color(0x444444), DOWN = new Color(0xD55E00), UP = new Color(0x009E73);

    private final String title;
    private final Timeline timeline;
    private double from, to;
    private int width = 900, height = -1;
    private int[] row;     // process -> line index while drawing, -1 if hidden
    private int[] labelEnd, labelLevel;   // per line: where the last mark label ended, and its level
    private boolean clocks, timers = true, hideIdle;

    @Override
    public String title() {
        return title;
    }

    TimelineFigure(String title, Timeline timeline) {
        this.title = Check.notNull("title", title);
        this.timeline = Check.notNull("timeline", timeline);
        from = timeline.from();
        to = timeline.to();
        if (!(to > from)) to = from + 1;
    }

    /** Shows only [from, to] ms (default: the timeline's window). */
    public TimelineFigure window(double from, double to) {
        Check.finite("from", from);
        Check.finite("to", to);
        if (!(to > from)) throw Check.fail("to", to, "it must be > from = " + from, "swap the bounds");
        this.from = from;
        this.to = to;
        return this;
    }

    /** Writes each event's vector clock under it (readable for a few dozen events). */
    public TimelineFigure clocks(boolean show) { clocks = show; return this; }

    /** Draws timer events (on by default; heartbeats can crowd a long window). */
    public TimelineFigure timers(boolean show) { timers = show; return this; }

    /** Leaves out the lines of processes with no event and no message in the window (e.g. an unused client endpoint). */
    public TimelineFigure hideIdle(boolean hide) { hideIdle = hide; return this; }

    /** Image size in pixels; the default height grows with the number of processes. */
    public TimelineFigure size(int width, int height) {
        this.width = checkSize("width", width);
        this.height = checkSize("height", height);
        return this;
    }

    /** The messages this figure draws as arrows (those whose send or end falls in the window), in id order. */
    public List<TimelineMessage> arrows() {
        List<TimelineMessage> out = new ArrayList<>();
        for (TimelineMessage m : timeline.messages()) {
            double end = m.fate() == TimelineMessage.Fate.IN_FLIGHT ? to : m.endTime();
            if (end >= from && m.sendTime() <= to) out.add(m);
        }
        return out;
    }

    /** The processes drawn, top to bottom. */
    private int[] rows() {
        boolean[] busy = new boolean[timeline.processes()];
        for (TimelineEvent e : timeline.events()) if (e.time() >= from && e.time() <= to) busy[e.process()] = true;
        for (TimelineMessage m : arrows()) { busy[m.from()] = true; busy[m.to()] = true; }
        return java.util.stream.IntStream.range(0, busy.length).filter(p -> !hideIdle || busy[p]).toArray();
    }

    @Override
    public BufferedImage image() {
        row = new int[timeline.processes()];
        Arrays.fill(row, -1);
        int[] shown = rows();
        for (int i = 0; i < shown.length; i++) row[shown[i]] = i;
        labelEnd = new int[shown.length];
        labelLevel = new int[shown.length];
        Map<String, Color> kinds = kindColours();
        int legendRows = (kinds.size() + 3) / 4 + 1;
        int h = height > 0 ? height : TOP + ROW * shown.length + AXIS + 22 * legendRows + 16;
        BufferedImage img = new BufferedImage(width, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, h);
        g.setColor(new Color(0x222222));
        g.setFont(new Font(HouseStyle.FONT, Font.BOLD, 17));
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 28);
        int plotBottom = TOP + ROW * shown.length;
        drawAxis(g, plotBottom);
        drawLines(g);
        for (TimelineMessage m : arrows()) drawArrow(g, m, kinds.get(m.kind()));
        for (TimelineEvent e : timeline.events()) if (e.time() >= from && e.time() <= to && row[e.process()] >= 0) drawEvent(g, e);
        drawLegend(g, kinds, plotBottom + AXIS);
        g.dispose();
        return img;
    }

    private Map<String, Color> kindColours() {
        Map<String, Color> m = new LinkedHashMap<>();
        for (TimelineMessage msg : arrows()) m.computeIfAbsent(msg.kind(), k -> HouseStyle.colour(m.size()));
        return m;
    }

    private double x(double t) { return LEFT + (t - from) / (to - from) * (width - LEFT - RIGHT); }

    private double y(int process) { return TOP + ROW * (row[process] + 0.5); }

    private void drawAxis(Graphics2D g, int bottom) {
        g.setFont(new Font(HouseStyle.FONT, Font.PLAIN, 12));
        double step = niceStep((to - from) / 8);
        g.setStroke(new BasicStroke(1f));
        for (double t = Math.ceil(from / step) * step; t <= to + 1e-9 * step; t += step) {
            int xi = (int) Math.round(x(t));
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(xi, TOP, xi, bottom);
            g.setColor(new Color(0x222222));
            String label = fmt(t, step);
            g.drawString(label, xi - g.getFontMetrics().stringWidth(label) / 2, bottom + 16);
        }
        g.setFont(new Font(HouseStyle.FONT, Font.PLAIN, 14));
        String axis = "time (ms)";
        g.drawString(axis, LEFT + (width - LEFT - RIGHT - g.getFontMetrics().stringWidth(axis)) / 2, bottom + 34);
    }

    private void drawLines(Graphics2D g) {
        g.setFont(new Font(HouseStyle.FONT, Font.PLAIN, 13));
        for (int p = 0; p < timeline.processes(); p++) {
            if (row[p] < 0) continue;
            double yp = y(p);
            g.setColor(new Color(0x222222));
            g.drawString(timeline.processNames().get(p), 10, (int) yp + 5);
            double[] down = downIntervals(p);
            double cursor = from;
            for (int i = 0; i < down.length; i += 2) {
                segment(g, cursor, down[i], yp, LINE, HouseStyle.SOLID);
                segment(g, down[i], down[i + 1], yp, DOWN, HouseStyle.DASHED);
                cursor = down[i + 1];
            }
            segment(g, cursor, to, yp, LINE, HouseStyle.SOLID);
        }
    }

    /** [start, end) pairs, clipped to the window, when process {@code p} was down. */
    private double[] downIntervals(int p) {
        List<Double> out = new ArrayList<>();
        Double since = null;
        for (TimelineEvent e : timeline.events()) {
            if (e.process() != p) continue;
            if (e.type() == TimelineEvent.Type.CRASH) since = e.time();
            if (e.type() == TimelineEvent.Type.RECOVER) {
                double s = since == null ? from : since;   // crashed before the window
                out.add(Math.max(s, from)); out.add(Math.min(e.time(), to));
                since = null;
            }
        }
        if (since != null) { out.add(Math.max(since, from)); out.add(to); }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    private void segment(Graphics2D g, double t0, double t1, double yp, Color c, BasicStroke stroke) {
        if (t1 <= t0) return;
        g.setColor(c);
        g.setStroke(new BasicStroke(1.6f, stroke.getEndCap(), stroke.getLineJoin(), 10f, stroke.getDashArray(), 0f));
        g.draw(new Line2D.Double(x(t0), yp, x(t1), yp));
    }

    private void drawArrow(Graphics2D g, TimelineMessage m, Color c) {
        double span = (to - from) * 0.025;
        double end = switch (m.fate()) {
            case DELIVERED -> m.endTime();
            case DROPPED -> Math.max(m.endTime(), m.sendTime() + span);   // a loss at sending shows as a stub
            case IN_FLIGHT -> to;
        };
        double y0 = y(m.from()), y1 = row[m.to()] >= 0 ? y(m.to()) : y0;
        // clip to the window along the arrow
        double t0 = m.sendTime(), t1 = end;
        double ya = y0, yb = y1;
        if (t0 < from) { ya = y0 + (y1 - y0) * (from - t0) / (t1 - t0); t0 = from; }
        if (t1 > to) { yb = y0 + (y1 - y0) * (to - m.sendTime()) / (t1 - m.sendTime()); t1 = to; }
        boolean solid = m.fate() == TimelineMessage.Fate.DELIVERED;
        g.setColor(c);
        g.setStroke(solid ? new BasicStroke(1.8f) : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{5f, 4f}, 0f));
        double xa = x(t0), xb = x(t1);
        g.draw(new Line2D.Double(xa, ya, xb, yb));
        if (solid && m.endTime() <= to) arrowHead(g, xa, ya, xb, yb);
        if (m.fate() == TimelineMessage.Fate.DROPPED && m.endTime() <= to) cross(g, xb, yb, 5, c);
    }

    private static void arrowHead(Graphics2D g, double xa, double ya, double xb, double yb) {
        double ang = Math.atan2(yb - ya, xb - xa), len = 9, spread = 0.4;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(xb, yb);
        head.lineTo(xb - len * Math.cos(ang - spread), yb - len * Math.sin(ang - spread));
        head.lineTo(xb - len * Math.cos(ang + spread), yb - len * Math.sin(ang + spread));
        head.closePath();
        g.fill(head);
    }

    private static void cross(Graphics2D g, double xc, double yc, double r, Color c) {
        g.setColor(c);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(new Line2D.Double(xc - r, yc - r, xc + r, yc + r));
        g.draw(new Line2D.Double(xc - r, yc + r, xc + r, yc - r));
    }

    private void drawEvent(Graphics2D g, TimelineEvent e) {
        int xe = (int) Math.round(x(e.time())), ye = (int) Math.round(y(e.process()));
        g.setStroke(new BasicStroke(1.5f));
        switch (e.type()) {
            case TIMER -> {
                if (!timers) return;
                g.setColor(Color.WHITE);
                g.fillOval(xe - 4, ye - 4, 8, 8);
                g.setColor(LINE);
                g.drawOval(xe - 4, ye - 4, 8, 8);
            }
            case FSYNC -> { g.setColor(LINE); g.fillRect(xe - 3, ye - 3, 7, 7); }
            case CRASH -> cross(g, xe, ye, 8, DOWN);
            case RECOVER -> {
                g.setColor(UP);
                g.fillPolygon(new int[]{xe - 7, xe + 7, xe}, new int[]{ye + 6, ye + 6, ye - 7}, 3);
            }
            case MARK -> {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(2f));
                g.drawLine(xe, ye - 9, xe, ye + 9);
                g.setFont(new Font(HouseStyle.FONT, Font.PLAIN, 11));
                // labels that would overlap the previous one on this line go one level higher
                int level = xe + 3 < labelEnd[row[e.process()]] ? (labelLevel[row[e.process()]] + 1) % 3 : 0;
                g.drawString(e.label(), xe + 3, ye - 12 - 12 * level);
                labelLevel[row[e.process()]] = level;
                labelEnd[row[e.process()]] = xe + 3 + g.getFontMetrics().stringWidth(e.label()) + 4;
            }
            default -> { g.setColor(LINE); g.fillOval(xe - 2, ye - 2, 5, 5); }
        }
        if (clocks) {
            g.setColor(new Color(0x555555));
            g.setFont(new Font(HouseStyle.FONT, Font.PLAIN, 10));
            g.drawString(Arrays.toString(e.clock()).replace(" ", ""), xe - 10, ye + 20);
        }
    }

    private void drawLegend(Graphics2D g, Map<String, Color> kinds, int top) {
        g.setFont(new Font(HouseStyle.FONT, Font.PLAIN, 13));
        int col = 0, row = 0, colWidth = (width - LEFT - RIGHT) / 4;
        for (var k : kinds.entrySet()) {
            int xl = LEFT + col * colWidth, yl = top + 16 + row * 22;
            g.setColor(k.getValue());
            g.setStroke(new BasicStroke(2.2f));
            g.drawLine(xl, yl - 4, xl + 26, yl - 4);
            g.setColor(new Color(0x222222));
            g.drawString(k.getKey(), xl + 32, yl);
            if (++col == 4) { col = 0; row++; }
        }
        if (col != 0) row++;
        String key = "× dropped   - - in flight   ○ timer   ■ fsync   red dashes: node down   ▲ recovered   | client operation";
        g.setColor(new Color(0x444444));
        g.drawString(key, LEFT, top + 16 + row * 22);
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    private static String fmt(double t, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", t);
    }
}
