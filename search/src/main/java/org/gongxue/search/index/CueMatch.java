package org.gongxue.search.index;

/**
 * A subtitle cue that holds the words searched for.
 *
 * @param startSecond where the cue starts: the second to open the player at
 * @param snippet     the cue's text, HTML-escaped, the matching words in {@code <em>…</em>}
 */
public record CueMatch(int startSecond, String snippet) {}
