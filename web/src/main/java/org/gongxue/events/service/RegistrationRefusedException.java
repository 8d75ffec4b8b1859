package org.gongxue.events.service;

/**
 * A registration, cancellation, decision or check-in that the state of the event does not allow
 * (already registered, no seat left, not pending, a forged code…). Nothing was changed; the
 * message key says why. The REST API answers 409.
 */
public class RegistrationRefusedException extends RuntimeException {

    private final String messageKey;

    public RegistrationRefusedException(String messageKey) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
