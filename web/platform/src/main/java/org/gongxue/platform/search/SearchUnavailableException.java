package org.gongxue.platform.search;

/** Search cannot answer now (Elasticsearch down or failing); nothing the reader typed was wrong. */
public class SearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(Throwable cause) {
        super("search is unavailable: " + cause.getMessage(), cause);
    }
}
