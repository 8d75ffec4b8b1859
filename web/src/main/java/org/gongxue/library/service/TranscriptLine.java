package org.gongxue.library.service;

/** One timed line of a lecture's transcript. */
public final class TranscriptLine {

    private final int second;
    private final String text;

    TranscriptLine(int second, String text) {
        this.second = second;
        this.text = text;
    }

    public int getSecond() {
        return second;
    }

    public String getTime() {
        return PlayerTime.format(second);
    }

    public String getText() {
        return text;
    }
}
