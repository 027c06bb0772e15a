/** Consistent hashing with virtual nodes and preference lists (Karger et al. 1997; Dynamo 2007). */
package brokerlab.protocol.hashing;
