package org.gongxue.search.extraction;

import java.util.Objects;

/**
 * The text of one numbered part of a document: a page of a PDF, a slide of a presentation, a
 * sheet of a workbook. Numbers start at 1 and count every part, also those without text
 * (which are left out), so number 3 is the third page whatever the first two held.
 */
public record Section(int number, String text) {

    public Section {
        if (number < 1) {
            throw new IllegalArgumentException("sections are numbered from 1: " + number);
        }
        Objects.requireNonNull(text, "text");
    }
}
