package org.gongxue.events.service;

/**
 * No such event or registration — or none the caller may see: the same answer on purpose, so that
 * nobody learns what exists behind an audience they do not belong to.
 */
public class EventNotFoundException extends RuntimeException {

    public EventNotFoundException(String what) {
        super(what + " not found");
    }
}
