/** Multi-Paxos (Lamport 2001): one prepare phase per leader, one accept round per operation. */
package brokerlab.protocol.paxos;
