package org.gongxue.library.service;

import java.util.Optional;
import java.util.UUID;

/**
 * Where materials live in the object store: everything stored for one material (the original as
 * uploaded, and whatever processing derives from it beside it) sits under one prefix of its own,
 * so that an object under a prefix no material or upload names is an orphan the sweeper removes. The prefix is named by a random token (a resumable upload's session id),
 * never by anything the uploader typed.
 */
public final class MaterialKeys {

    /** Every material's prefix starts with this. */
    public static final String ROOT = "library/materials/";
    private MaterialKeys() {
    }

    static String newToken() {
        return UUID.randomUUID().toString();
    }

    /** The prefix of everything stored for the material named by {@code token}. */
    static String prefix(String token) {
        return ROOT + token + "/";
    }

    /** The token of a key under {@link #ROOT}, if it is one. */
    public static Optional<String> tokenOf(String key) {
        if (!key.startsWith(ROOT)) {
            return Optional.empty();
        }
        int end = key.indexOf('/', ROOT.length());
        return end <= ROOT.length() ? Optional.empty() : Optional.of(key.substring(ROOT.length(), end));
    }
}
