/**
 * The command line for scripts and batch runs, {@code bin/brokerlab COMMAND ...} (the self-contained
 * {@code lib/target/brokerlab-cli.jar}). A shell over the library: it parses options, calls the library and
 * prints. {@code analyze} prints {@code brokerlab.analytic.GGcK#analyze} (or, for {@code --model FILE},
 * {@code brokerlab.model.NetworkFile#analyze}); {@code simulate} runs {@code brokerlab.model.QueueSpec#toModel}
 * (or the model file's network) through {@code brokerlab.experiment.Experiment} and prints its
 * {@code Estimates}; {@code plan} prints {@code brokerlab.model.Plans}. So a notebook calling the same library
 * functions with the same spec and seed gets the same numbers. With {@code --json} each prints one JSON object on
 * stdout ({@code brokerlab.util.Json}); progress and errors go to stderr. Every option is checked, and the memory
 * and time a request needs estimated ({@code ResourceBudget}, {@code Costs}), before any work. Bad input exits with status 2
 * and one line naming the option and the fix; internal errors exit 1; a run stopped by Ctrl-C prints its finished
 * replications marked partial and exits 130 ({@code LongRun}).
 *
 * <pre>{@code
 * $ bin/brokerlab analyze --arrival 'exp(rate=3.6)' --service 'exp(rate=1)' --servers 4 --json
 * {"command":"analyze",...,"method":"M/M/c, Erlang C (exact)",...,"wait_probability":0.7877532642953626,
 *  "mean_wait":1.969383160738407,...}
 * }</pre>
 *
 * In-process callers (tests, notebooks) use {@link brokerlab.cli.Main#run(String[], java.io.PrintStream,
 * java.io.PrintStream)}, which returns the exit status instead of exiting.
 */
package brokerlab.cli;
