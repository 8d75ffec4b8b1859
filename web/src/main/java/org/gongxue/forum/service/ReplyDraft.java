package org.gongxue.forum.service;

/**
 * A reply as written: its rich text, optionally the part of an earlier post it quotes, and
 * optionally the second of a lecture's video it speaks about ("at 12:34 …").
 */
public record ReplyDraft(String html, Long quotedPostId, String quoteText, Long lectureId, Integer lectureSecond) {

    public static ReplyDraft of(String html) {
        return new ReplyDraft(html, null, null, null, null);
    }
}
