package org.gongxue.forum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the forum's pages, in China Standard Time: {@code #{forumTimes.of(post.createdAt)}}. */
@Named
@ApplicationScoped
public class ForumTimes {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public String of(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
