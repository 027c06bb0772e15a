/**
 * Timelines of runs on the protocol network: {@link brokerlab.timeline.TimelineRecorder} watches a
 * {@link brokerlab.protocol.net.Network} (sends, receives, drops, timers, forced writes, crashes, recoveries) and
 * stamps each event with a vector clock; a {@link brokerlab.timeline.Timeline} is the recorded window, which
 * {@code brokerlab.plot.Figure.timeline} draws as a space-time diagram (one line per node, arrows for messages).
 * Recording only watches: a run gives the same numbers with or without it.
 *
 * <pre>{@code
 * var rec = TimelineRecorder.attach(network, 500, 560);
 * sim.runUntil(1000);
 * Timeline t = rec.timeline();   // events between 500 and 560 ms, with vector clocks
 * }</pre>
 */
package brokerlab.timeline;
