package org.gongxue.chair.service;

/** No such meeting or resolution — or none the caller may see: the same answer on purpose. */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(String what) {
        super(what + " not found");
    }
}
