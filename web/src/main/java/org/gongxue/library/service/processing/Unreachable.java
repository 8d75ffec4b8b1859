package org.gongxue.library.service.processing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.platform.outbox.ServiceDownException;

/**
 * Tells a service that is down from a request it refused: only the first makes an event wait for
 * it without counting an attempt (see {@link ServiceDownException}).
 */
final class Unreachable {

    static final String SEARCH_INDEX = "The search index";
    static final String OBJECT_STORE = "The object store";

    private Unreachable() {
    }

    /**
     * Elasticsearch is down when a request got no answer, or an answer that says "not now".
     * Callers rethrow the failure when this returns.
     */
    static void throwIfSearchIndexDown(Exception failure) throws ServiceDownException {
        if (failure instanceof IOException
                || failure instanceof ElasticsearchException e && (e.status() == 503 || e.status() == 429)) {
            throw new ServiceDownException(SEARCH_INDEX, failure);
        }
    }

    /**
     * The object store is down when a request could not connect or got no answer in time.
     * Callers rethrow the failure when this returns.
     */
    static void throwIfObjectStoreDown(ContentStoreException failure) throws ServiceDownException {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            // SocketException covers refused connections, unreachable hosts and connections reset midway.
            if (cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException) {
                throw new ServiceDownException(OBJECT_STORE, failure);
            }
        }
    }
}
