package org.gongxue.library.service;

/** A subtitle line where words were found: the second it starts at, and its text as safe HTML. */
public final class CuePlace {

    private final int second;
    private final String snippet;

    CuePlace(int second, String snippet) {
        this.second = second;
        this.snippet = snippet;
    }

    public int getSecond() {
        return second;
    }

    /** The start as a player shows it: m:ss, or h:mm:ss from an hour on. */
    public String getTime() {
        return PlayerTime.format(second);
    }

    public String getSnippet() {
        return snippet;
    }
}
