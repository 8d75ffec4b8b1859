package org.gongxue.forum.service;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The login names a post @mentions, as its text spells them: {@code @expert.zone}. */
final class Mentions {

    /** More names than this in one post is a mass mailing, not a mention. */
    static final int MAX_PER_POST = 20;
    // Not right after a Latin letter or digit, so that e-mail addresses (a@b.org) mention nobody;
    // Chinese text puts no space before the @ (请@张三), so a Chinese character may stand there.
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._-])@([A-Za-z0-9][A-Za-z0-9._-]{1,63})");

    private Mentions() {
    }

    static Set<String> in(String text) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher mention = MENTION.matcher(text == null ? "" : text);
        while (mention.find() && usernames.size() < MAX_PER_POST) {
            // A sentence may end right after the name: "…请 @expert.zone." names expert.zone.
            usernames.add(mention.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT));
        }
        return usernames;
    }
}
