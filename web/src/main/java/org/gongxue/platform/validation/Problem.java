package org.gongxue.platform.validation;

/**
 * One thing wrong with some input: which field, and the bundle key of the message that explains
 * it (Chinese first). {@code row} is the 1-based row of a batch (an imported roster), 0 otherwise.
 */
public record Problem(int row, String field, String messageKey) {

    public static Problem of(String field, String messageKey) {
        return new Problem(0, field, messageKey);
    }

    public Problem inRow(int rowNumber) {
        return new Problem(rowNumber, field, messageKey);
    }
}
