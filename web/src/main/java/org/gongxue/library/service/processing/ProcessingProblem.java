package org.gongxue.library.service.processing;

/**
 * Why a material could not be processed, each with the bundle key of a text that tells its
 * uploader what to do about it. Trying again would not help with any of them: the material ends
 * FAILED at once, and the queue moves on.
 */
public enum ProcessingProblem {
    /** The file has no bytes. */
    EMPTY("library.processing.failure.empty"),
    /** The bytes are not of a type the material's slot takes (an executable named .pdf). */
    WRONG_TYPE("library.processing.failure.wrongType"),
    /** The parser could not read it: damaged, cut off, or not what its type says. */
    CORRUPT("library.processing.failure.corrupt"),
    /** Password-protected: nobody can read it without the password. */
    ENCRYPTED("library.processing.failure.encrypted"),
    /** It grew beyond what the parser may hold when opened (a zip bomb, or a giant document). */
    TOO_LARGE_WHEN_OPENED("library.processing.failure.tooLargeWhenOpened"),
    /** Reading it took longer than the time limit. */
    TOO_SLOW("library.processing.failure.tooSlow"),
    /** Subtitles without a single readable timed line. */
    NO_CUES("library.processing.failure.noCues"),
    /** A video that the media tools cannot decode. */
    UNREADABLE_VIDEO("library.processing.failure.unreadableVideo"),
    /** The uploaded object is not in the store (lost, or removed by hand). */
    MISSING_ORIGINAL("library.processing.failure.missingOriginal"),
    /** Processing failed on every attempt for reasons of the server's; the administrators see why. */
    GAVE_UP("library.processing.failure.gaveUp");

    private final String messageKey;

    ProcessingProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key stored as the material's failure reason. */
    public String messageKey() {
        return messageKey;
    }
}
