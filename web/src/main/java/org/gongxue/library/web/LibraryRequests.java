package org.gongxue.library.web;

import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gongxue.platform.web.PageRequests;

/** What the reader's pages read from their address, and how they answer an address that names nothing. */
final class LibraryRequests {

    private LibraryRequests() {
    }

    /** Every parameter of the address with all its values, in order. */
    static Map<String, List<String>> parameters(ExternalContext context) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        context.getRequestParameterValuesMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

    /** A positive whole number, or empty for anything else a hand-typed address may hold. */
    static OptionalLong positive(String text) {
        return PageRequests.positive(text);
    }

    /** Answers 404 with the platform's not-found page and stops rendering this one. */
    static void notFound() throws IOException {
        PageRequests.notFound();
    }
}
