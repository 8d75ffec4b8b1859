package org.gongxue.search.index;

import java.util.List;

/**
 * What happened to each document of a bulk request: Elasticsearch accepts or rejects each one
 * on its own, so a bulk call can partly succeed.
 */
public record BulkIndexResult(int succeeded, List<Failure> failures) {

    /** A document that was not indexed, and Elasticsearch's reason. */
    public record Failure(String id, String type, String reason) {}

    public BulkIndexResult {
        failures = List.copyOf(failures);
    }

    public boolean allSucceeded() {
        return failures.isEmpty();
    }
}
