/** Primary-backup broker replication, synchronous or asynchronous, with a coordination service electing the primary. */
package brokerlab.protocol.replication;
