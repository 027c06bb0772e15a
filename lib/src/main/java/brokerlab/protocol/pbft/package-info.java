/** PBFT (Castro and Liskov 1999) with n = 3f + 1 replicas, view changes and equivocating Byzantine replicas. */
package brokerlab.protocol.pbft;
