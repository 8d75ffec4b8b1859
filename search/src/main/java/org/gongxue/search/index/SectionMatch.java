package org.gongxue.search.index;

/**
 * A page, slide or sheet that holds the words searched for.
 *
 * @param number  the page, slide or sheet number, from 1
 * @param snippet text around the words, HTML-escaped, the matching words in {@code <em>…</em>}
 */
public record SectionMatch(int number, String snippet) {}
