package org.gongxue.platform.upload;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the store holds of an upload: enough for a client to resume.
 *
 * @param receivedParts the numbers of the parts the store holds, in order
 * @param missingParts  the numbers of the parts still to send, in order
 * @param receivedBytes the bytes of the parts held
 */
public record UploadStatus(List<Integer> receivedParts, List<Integer> missingParts, long receivedBytes) {

    public UploadStatus {
        receivedParts = List.copyOf(receivedParts);
        missingParts = List.copyOf(missingParts);
    }

    /** The first part to send when resuming, or empty when every part is there. */
    public OptionalInt resumeFrom() {
        return missingParts.isEmpty() ? OptionalInt.empty() : OptionalInt.of(missingParts.get(0));
    }

    public boolean allReceived() {
        return missingParts.isEmpty();
    }
}
