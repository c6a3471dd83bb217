package org.storyline.cluster;

/**
 * How a {@link StoryStream} groups articles as they arrive.
 *
 * @param threshold     the mean shared-neighbour similarity an article (or a group) needs with a story to join it,
 *                      as in {@link StoryClusterer}
 * @param neighbours    how many nearest articles make an article's neighbourhood, as in {@link StoryClusterer}
 * @param quietDays     a story none of whose articles is dated within this many days before a new dated article
 *                      is quiet for it: the new article does not join it
 * @param quietArrivals an article leaves the stream's memory once this many articles have arrived after it; a
 *                      story with none of its articles left is closed
 * @param queryTerms    how many of a new article's heaviest terms look up candidate articles
 * @param candidates    the most open articles compared with a new one
 */
public record StreamSettings(double threshold, int neighbours, int quietDays, int quietArrivals, int queryTerms,
                             int candidates) {

    /** Days without a new article after which a story takes no more dated articles. News rarely pauses a week. */
    public static final int DEFAULT_QUIET_DAYS = 7;

    /** Arrivals after which an article leaves the stream's memory: a few days of a large news feed. */
    public static final int DEFAULT_QUIET_ARRIVALS = 20_000;

    /** Validates the settings. */
    public StreamSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (neighbours < 1 || quietDays < 0 || quietArrivals < 1 || queryTerms < 1 || candidates < 1) {
            throw new IllegalArgumentException("neighbours, queryTerms, candidates and quietArrivals must be positive"
                    + " and quietDays not negative: " + neighbours + ", " + queryTerms + ", " + candidates + ", "
                    + quietArrivals + ", " + quietDays);
        }
    }

    /** The defaults: the batch clusterer's threshold and neighbourhood, a week's quiet closes a story. */
    public static StreamSettings defaults() {
        return new StreamSettings(StoryClusterer.DEFAULT_THRESHOLD, StoryClusterer.DEFAULT_NEIGHBOURS,
                DEFAULT_QUIET_DAYS, DEFAULT_QUIET_ARRIVALS, 30, 400);
    }

    /** These settings with another threshold. */
    public StreamSettings withThreshold(double value) {
        return new StreamSettings(value, neighbours, quietDays, quietArrivals, queryTerms, candidates);
    }

    /** These settings with another window in arrivals. */
    public StreamSettings withQuietArrivals(int value) {
        return new StreamSettings(threshold, neighbours, quietDays, value, queryTerms, candidates);
    }

    /** These settings with another quiet window in days. */
    public StreamSettings withQuietDays(int value) {
        return new StreamSettings(threshold, neighbours, value, quietArrivals, queryTerms, candidates);
    }
}
