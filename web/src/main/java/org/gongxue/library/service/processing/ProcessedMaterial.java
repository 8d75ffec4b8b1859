package org.gongxue.library.service.processing;

/**
 * What processing made of a material. Keys are null for what it did not derive.
 *
 * @param mediaType      the type detected from the bytes
 * @param durationSeconds a video's length
 * @param sectionCount   pages, slides or sheets of a document
 * @param note           what the ready material lacks, or null
 */
public record ProcessedMaterial(String mediaType, String textKey, String cuesKey, String posterKey,
                                String renditionKey, Integer durationSeconds, Integer sectionCount,
                                ProcessingNote note) {

    /** Nothing derived: a picture, or a video on a server without media tools. */
    static ProcessedMaterial asUploaded(String mediaType, ProcessingNote note) {
        return new ProcessedMaterial(mediaType, null, null, null, null, null, null, note);
    }
}
