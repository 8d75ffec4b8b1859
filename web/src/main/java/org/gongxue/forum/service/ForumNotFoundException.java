package org.gongxue.forum.service;

/** No space, thread or post with that id. Pages show 404, the REST API answers 404. */
public class ForumNotFoundException extends RuntimeException {

    public ForumNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}
