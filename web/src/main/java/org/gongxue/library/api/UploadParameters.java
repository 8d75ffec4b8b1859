package org.gongxue.library.api;

import java.util.Locale;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.platform.validation.InvalidInputException;

/** The parameters of the endpoints that take a whole file in one request, checked with clear answers. */
public final class UploadParameters {

    private UploadParameters() {
    }

    /** A slot named in a query parameter: an unknown name is a 400 that says so, not the 404 JAX-RS would give. */
    static MaterialSlot slot(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MaterialSlot.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("slot", "library.teach.material.slotRequired");
        }
    }

    /**
     * The file's declared size: the request's Content-Length, or where a client cannot send one
     * (HTTP/2 makes it optional) the {@code size} query parameter. Without either, a body of the
     * wrong length could not be told from a right one.
     */
    public static long size(long contentLength, Long sizeParameter) {
        if (contentLength >= 0) {
            return contentLength;
        }
        if (sizeParameter == null || sizeParameter < 0) {
            throw InvalidInputException.of("size", "library.teach.upload.lengthRequired");
        }
        return sizeParameter;
    }
}
