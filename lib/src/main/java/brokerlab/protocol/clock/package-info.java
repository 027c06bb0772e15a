/** Logical time on message traces: happened-before, Lamport clocks (1978) and vector clocks (Fidge, Mattern 1988). */
package brokerlab.protocol.clock;
