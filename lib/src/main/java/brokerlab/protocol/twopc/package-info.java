/** Two-phase commit with forced log writes, presumed abort and a measure of how long participants stay blocked. */
package brokerlab.protocol.twopc;
