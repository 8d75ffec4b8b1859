package org.gongxue.platform.upload;

import java.util.Set;

/**
 * A root of the object store that one feature alone writes under, and the keys its records name
 * there: the orphan sweep removes every other object under the root once it is older than the
 * grace period (a crash between storing a file and recording it, a replaced file whose deletion
 * failed), and aborts multipart uploads there that no key claims. Implemented by CDI beans.
 */
public interface StoredObjectClaims {

    /** A key prefix ending in {@code /} that no other feature writes under. */
    String root();

    /** Every key under {@link #root()} that a record names. */
    Set<String> claimedKeys();
}
