package brokerlab.display;

import brokerlab.analytic.Estimate;
import brokerlab.plot.Figure;
import brokerlab.plot.InteractiveFigure;
import brokerlab.stats.ConfidenceInterval;
import brokerlab.stats.MedianInterval;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * The engine's JJava extension (listed in {@code META-INF/services/org.dflib.jjava.jupyter.Extension}, so JJava
 * installs it when a notebook adds the engine with {@code %classpath}). It teaches the kernel to show BrokerLab's
 * results the way a reader wants them:
 * <ul>
 *   <li>a Tablesaw {@link Table} or {@link Rows} as a styled HTML table in its own scrolling box, with aligned
 *       plain text as the fallback;</li>
 *   <li>a {@link Figure} (or the image {@code Figure.image()} returns) as a PNG, an {@link InteractiveFigure} (and a tablesaw-jsplot figure) as offline Plotly
 *       HTML with the PNG inside;</li>
 *   <li>{@link brokerlab.notebook.Findings} as Markdown (a heading and one bullet per finding);</li>
 *   <li>a {@link ConfidenceInterval} as {@code x ± h}, a {@link MedianInterval} as {@code m [lo, hi]}, an
 *       {@link Estimate} by its value (the method on hover), a {@link Quantity} with its unit, infinity as
 *       {@code ∞};</li>
 * </ul>
 * and it attaches the kernel's display channel ({@link KernelDisplay}) for progress bars and mid-cell tables.
 */
public final class BrokerLabExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
        KernelDisplay.attach(new JJavaSink(kernel));
    }

    @Override
    public void uninstall(BaseKernel kernel) {
        KernelDisplay.attach(null);
    }

    static void register(Renderer renderer) {
        renderer.createRegistration(Table.class).preferring(MIMEType.TEXT_HTML).register((t, ctx) -> grid(TableView.of(t), ctx));
        renderer.createRegistration(Rows.class).preferring(MIMEType.TEXT_HTML).register((r, ctx) -> grid(r.grid(), ctx));
        for (Class<?> type : new Class<?>[] {ConfidenceInterval.class, MedianInterval.class, Quantity.class,
                Estimate.Finite.class, Estimate.Infinite.class}) {
            value(renderer, type);
        }
        // A notebook's "What we found": Markdown, so the report shows it as prose, not as program output.
        renderer.createRegistration(brokerlab.notebook.Findings.class).preferring(MIMEType.TEXT_MARKDOWN).register((f, ctx) -> {
            put(ctx, MIMEType.TEXT_MARKDOWN, f::markdown);
            put(ctx, MIMEType.TEXT_PLAIN, f::toString);
        });
        renderer.createRegistration(Figure.class).preferring(MIMEType.IMAGE_PNG).register((f, ctx) -> {
            put(ctx, MIMEType.IMAGE_PNG, () -> Png.base64(f.image()));
            put(ctx, MIMEType.TEXT_PLAIN, () -> Displays.text(f));
        });
        // What Figure.image() returns: the same PNG JJava would send, with a stable text instead of the
        // image's toString (a hash code that changes every run).
        renderer.createRegistration(BufferedImage.class).preferring(MIMEType.IMAGE_PNG).register((img, ctx) -> {
            put(ctx, MIMEType.IMAGE_PNG, () -> Png.base64(img));
            put(ctx, MIMEType.TEXT_PLAIN, () -> "[image " + img.getWidth() + " × " + img.getHeight() + "]");
        });
        // Both forms in one output: JupyterLab and the report pick the HTML, GitHub the PNG.
        renderer.createRegistration(InteractiveFigure.class).preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG).register((f, ctx) -> {
            String png = Png.base64(f.image());
            put(ctx, MIMEType.TEXT_HTML, () -> Plotly.html(f, png));
            put(ctx, MIMEType.IMAGE_PNG, () -> png);
            put(ctx, MIMEType.TEXT_PLAIN, () -> Displays.text(f));
        });
        renderer.createRegistration(tech.tablesaw.plotly.components.Figure.class).preferring(MIMEType.TEXT_HTML).register((f, ctx) -> {
            put(ctx, MIMEType.TEXT_HTML, () -> Plotly.html(f));
            put(ctx, MIMEType.TEXT_PLAIN, () -> "[interactive figure]");
        });
    }

    private static <T> void value(Renderer renderer, Class<T> type) {
        renderer.createRegistration(type).preferring(MIMEType.TEXT_HTML).register((v, ctx) -> {
            put(ctx, MIMEType.TEXT_HTML, () -> Values.html(v));
            put(ctx, MIMEType.TEXT_PLAIN, () -> Values.text(v));
        });
    }

    private static void grid(Grid grid, RenderContext ctx) {
        put(ctx, MIMEType.TEXT_HTML, grid::html);
        put(ctx, MIMEType.TEXT_PLAIN, grid::text);
    }

    private static void put(RenderContext ctx, MIMEType type, Supplier<Object> value) {
        ctx.renderIfRequested(type, value);
    }
}
