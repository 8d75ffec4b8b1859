package org.gongxue.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;

/** What pages read from their address, and how they answer an address that names nothing. */
public final class PageRequests {

    private PageRequests() {
    }

    /** A positive whole number, or empty for anything else a hand-typed address may hold. */
    public static OptionalLong positive(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(text.strip());
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** Answers 404 with the platform's not-found page and stops rendering this one. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
