package org.gongxue.forum.service.demo;

import java.util.List;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.platform.setup.BundledJson;

/**
 * The demo forum as the project wrote it ({@code forum.json} next to this class). A reply may
 * quote a part of the reply before it; a thread may end in its resolution (决议), marked by the
 * space's moderator.
 */
public record DemoForumContent(List<DemoSpace> spaces) {

    public record DemoSpace(String name, String purpose, SpaceKind kind, SpaceVisibility visibility, String locality,
                            List<String> members, List<String> moderators, List<DemoThread> threads) {
    }

    public record DemoThread(String author, String title, String html, List<DemoReply> replies, boolean lastIsResolution) {
    }

    public record DemoReply(String author, String html, String quotesPrevious) {
    }

    static DemoForumContent load() {
        return BundledJson.read(DemoForumContent.class, "forum.json", DemoForumContent.class);
    }
}
