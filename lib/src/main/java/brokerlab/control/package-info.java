/**
 * Live tools on the widget layer ({@link brokerlab.widget}): the {@link brokerlab.control.ControlCenter} (one broker
 * station: arrival rate, servers, service law and its SCV or tail index, legacy servers, routing, buffer,
 * replication protocol and deployment; the hockey stick, theory against simulation, and a one-line verdict on
 * the M/M/c textbook answer), the {@link brokerlab.control.CapacityPlannerPanel} (target in, servers out, with the
 * one-fewer certificate and the headroom) and the {@link brokerlab.control.BlastRadiusPanel} (a two-stage line:
 * departure SCV and stage-2 wait, QNA against simulation).
 *
 * <p>Every panel follows one rule: theory redraws instantly on the kernel's comm thread; simulation runs in the
 * background once the controls have rested ({@link brokerlab.control.ControlCenter#QUIET}), one run at a time,
 * a newer point cancelling a stale run between replications; a combination with no steady state shows its
 * one-line reason where the figure was. All calls into the simulation engine go through
 * {@link brokerlab.control.SimulationAdapter}.
 *
 * <pre>{@code
 * var ui = WidgetSession.jupyter();
 * var center = ControlCenter.create(RunBudget.notebook(42));   // 10 × 100,000 messages per run, seed 42
 * center.show(ui);                                             // drag λ: the verdict line follows
 * center.staticFigure();                                       // the default point as a PNG, for static readers
 * }</pre>
 */
package brokerlab.control;
