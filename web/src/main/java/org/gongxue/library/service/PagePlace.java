package org.gongxue.library.service;

/** A page, slide or sheet of a document where words were found, and the passage as safe HTML. */
public final class PagePlace {

    private final int number;
    private final String snippet;

    PagePlace(int number, String snippet) {
        this.number = number;
        this.snippet = snippet;
    }

    /** From 1. */
    public int getNumber() {
        return number;
    }

    public String getSnippet() {
        return snippet;
    }
}
