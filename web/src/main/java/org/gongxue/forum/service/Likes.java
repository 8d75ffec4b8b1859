package org.gongxue.forum.service;

/** Text typed by a person, made literal inside a LIKE pattern (escape character: backslash). */
final class Likes {

    private Likes() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
