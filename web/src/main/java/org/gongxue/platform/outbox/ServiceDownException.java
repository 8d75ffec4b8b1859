package org.gongxue.platform.outbox;

/**
 * Thrown by a handler when a service it needs (the search index, the object store) cannot be
 * reached. That says nothing about the event itself, so it does not count as one of its attempts:
 * the event waits and is tried again every {@code gongxue.outbox.service-down-retry-seconds}
 * for as long as the service is down, and never ends FAILED for it. Whatever was written while
 * the service was away reaches it once it is back.
 */
public class ServiceDownException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param service what could not be reached, for the event's last error (e.g. "search index")
     * @param cause   the failure that shows it
     */
    public ServiceDownException(String service, Throwable cause) {
        super(service + " is unreachable: " + cause.getMessage(), cause);
    }
}
