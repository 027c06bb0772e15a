/**
 * Autograder checks for the course assignments in {@code notebooks/assignments/}: each check either returns quietly
 * or throws {@link brokerlab.grading.CheckFailed} whose message tells the student what is wrong, because nbgrader
 * shows a failing test cell's exception and scores it zero (a test cell that writes to stderr also scores zero, so
 * checks never print there).
 *
 * <p>Simulated references carry noise, so checks against a simulation accept anything inside the 95% confidence
 * interval widened by a stated slack, never a point value. A test cell reads:
 * <pre>{@code
 * double got = Checks.call("waitProbability(3, 2.0)", () -> waitProbability(3, 2.0));
 * Checks.close("waitProbability(3, 2.0)", got, 4.0 / 9, 1e-9, "check the denominator c - a(1 - B)");
 * // fails with: waitProbability(3, 2.0) returned 0.5000; expected 0.4444 ± 1.000e-09 — check the denominator ...
 * Checks.ok("waitProbability agrees with Erlang C");
 * }</pre>
 */
package brokerlab.grading;
