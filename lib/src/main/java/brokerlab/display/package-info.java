/**
 * How BrokerLab's results look in a notebook. The engine jar carries a JJava extension
 * ({@link brokerlab.display.BrokerLabExtension}, listed in {@code META-INF/services}), which the kernel installs when
 * a notebook's first cell adds the engine with {@code %classpath}; from then on a Tablesaw table or {@link
 * brokerlab.display.Rows} at the end of a cell is an HTML table in its own scrolling box (never wrapped), an interval
 * reads {@code 12.35 ± 0.41}, infinity reads {@code ∞}, a figure is a PNG and an interactive figure is offline Plotly.
 * Outside a kernel (JShell, the CLI, JUnit) nothing here needs JJava: {@link brokerlab.display.KernelDisplay} is then
 * {@link brokerlab.display.DisplaySink#NONE} and progress goes to standard error.
 * <pre>{@code
 * var t = NotebookEnv.table("load ρ", "mean wait (ms)", "inside the CI");
 * for (double rho : RHOS) t.add(rho, sim(rho).meanWait().scaled(1000), sim(rho).meanWait().contains(exact(rho)));
 * t                                                  // an HTML table: 0.9 | 12.35 ± 0.41 | yes
 * Sweep.over("rho", RHOS).run(f, NotebookEnv.progress("sweep"));   // a live bar, then "sweep: 11 of 11 done in 12.4 s"
 * }</pre>
 * Thread contract: renderers run on the kernel's thread; a {@link brokerlab.display.ProgressBar} is updated on the
 * thread that started the work, as {@link brokerlab.experiment.Progress} promises.
 */
package brokerlab.display;
