/**
 * The command line for scripts and batch runs, {@code java -jar lib/target/brokerlab.jar COMMAND ...}:
 * {@code analyze} (closed forms and named approximations from {@code brokerlab.analytic}), {@code simulate}
 * (replications of {@code brokerlab.model.Station} or {@code ServerFarm} with 95% intervals) and {@code plan}
 * (fewest servers for a target via {@code brokerlab.analytic.capacity.CapacityPlanner}, analytically or with a
 * simulation evaluator). With {@code --json} each prints one JSON object on stdout; progress and errors go to
 * stderr. Bad input exits with status 2 and one line naming the option and the fix; internal errors exit 1.
 *
 * <pre>{@code
 * $ java -jar lib/target/brokerlab.jar analyze --arrival 'exp(rate=3.6)' --service 'exp(rate=1)' --servers 4 --json
 * {"command":"analyze",...,"method":"M/M/c, Erlang C (exact)",...,"wait_probability":0.7877532642953626,
 *  "mean_wait":1.969383160738407,...}
 * }</pre>
 *
 * In-process callers (tests, notebooks) use {@link brokerlab.cli.Main#run(String[], java.io.PrintStream,
 * java.io.PrintStream)}, which returns the exit status instead of exiting.
 */
package brokerlab.cli;
