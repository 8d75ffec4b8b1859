package org.gongxue.search.index;

import java.util.List;

/**
 * What a rebuild did.
 *
 * @param index     the generation search now answers from
 * @param read      documents the source gave
 * @param indexed   documents the rebuild wrote into the new generation
 * @param keptNewer documents the rebuild did not write because a write made during the rebuild
 *                  had put a newer version (or a deletion) there first
 * @param failures  documents the node rejected; they are missing from the new generation
 */
public record RebuildResult(String index, long read, long indexed, long keptNewer,
        List<BulkIndexResult.Failure> failures) {

    public RebuildResult {
        failures = List.copyOf(failures);
    }
}
