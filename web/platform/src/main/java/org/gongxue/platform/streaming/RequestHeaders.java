package org.gongxue.platform.streaming;

import java.util.List;

/**
 * The request's header fields by case-insensitive name, so that the planner needs neither a
 * servlet nor a JAX-RS request: {@code name -> Collections.list(request.getHeaders(name))} will do.
 */
@FunctionalInterface
public interface RequestHeaders {

    /** Every field line's value for the name, in order; empty when the request has none. */
    List<String> values(String name);

    /**
     * The combined value of a header that may be split over several field lines, joined as
     * RFC 9110 §5.3 allows; null when absent.
     */
    default String combined(String name) {
        List<String> values = values(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }
}
