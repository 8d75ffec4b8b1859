package org.gongxue.library.model;

/** Where an uploaded material stands in processing. Bundle keys {@code processingState.<NAME>}. */
public enum ProcessingState {
    /** Stored; waiting for the processing worker. */
    QUEUED,
    PROCESSING,
    /** Processed: viewable, searchable. */
    READY,
    /** Could not be processed; {@code failure_reason} says why in words a teacher can act on. */
    FAILED
}
