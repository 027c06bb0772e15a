/**
 * Figures in one house style (white background, SansSerif, Okabe–Ito colour-blind-safe palette, legend below the
 * plot, 720 x 440 pixels), drawn headless with XChart and returned as {@link java.awt.image.BufferedImage} so a
 * JJava notebook shows each as a PNG that survives HTML, PDF and GitHub rendering. Conventions: exact theory is a
 * solid line, approximations are dashed, simulation estimates are markers with confidence-interval error bars.
 * <pre>{@code
 * double[] rho = {0.5, 0.7, 0.9};
 * Figure.xy("M/M/1 mean wait", "utilisation ρ", "Wq (s)")
 *       .line("exact", rho, new double[] {1.0, 2.333, 9.0})
 *       .points("simulation", rho, new double[] {1.02, 2.29, 8.8}, new double[] {0.05, 0.12, 0.6})
 *       .logY()
 *       .image();
 * }</pre>
 */
package brokerlab.plot;
