/** Raft (Ongaro and Ousterhout 2014) at message level, with its safety properties checked while it runs. */
package brokerlab.protocol.raft;
