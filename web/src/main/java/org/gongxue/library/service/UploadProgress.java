package org.gongxue.library.service;

import java.util.List;

/**
 * An upload in progress as its client sees it: the file is cut into {@code partCount} parts of
 * {@code chunkSize} bytes (the last holds the rest), numbered from 1; a client resuming sends the
 * {@code missingParts}. {@code state} is {@value #RECEIVING} while parts are missing and
 * {@value #COMPLETE_TO_ASK} once all are there.
 */
public record UploadProgress(String id, long size, int chunkSize, int partCount, List<Integer> receivedParts,
                             List<Integer> missingParts, String state) {

    public static final String RECEIVING = "RECEIVING";
    public static final String COMPLETE_TO_ASK = "ALL_PARTS_RECEIVED";

    public UploadProgress {
        receivedParts = List.copyOf(receivedParts);
        missingParts = List.copyOf(missingParts);
    }
}
