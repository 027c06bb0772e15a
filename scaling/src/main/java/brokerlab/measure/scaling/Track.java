package brokerlab.measure.scaling;

import brokerlab.util.Check;

/**
 * One track in the jukebox's queue.
 *
 * @param id    its id, from 1
 * @param title its title
 * @param votes votes so far
 */
public record Track(long id, String title, long votes) {
    public Track {
        Check.atLeast("id", id, 1L);
        Check.notNull("title", title);
    }
}
