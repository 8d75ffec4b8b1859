package org.gongxue.testing;

import java.net.MalformedURLException;
import java.net.URL;

/** Where the platform answers, for in-container tests that call it over HTTP as a client would. */
public final class InsideServer {

    private InsideServer() {
    }

    /** The server's own HTTP address with the application at the root, ending in a slash. */
    public static URL base() {
        try {
            return new URL("http://127.0.0.1:" + System.getProperty("jboss.http.port", "8080") + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
