package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.PostPage;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading a thread moves the reader's marker, also when two tabs of one reader open it at once. */
@ExtendWith(ArquillianExtension.class)
class ThreadReadingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(ThreadReadingIT.class);
    }

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    Actors actors;

    @Inject
    UserTransaction transaction;

    @Test
    void twoTabsOpeningAThreadForTheFirstTimeAtOnceBothShowIt() throws Exception {
        Actor admin = actors.forUsername("platform.admin", "127.0.0.1").orElseThrow();
        Actor cadre = actors.forUsername("cadre.wujiang", "127.0.0.1").orElseThrow();
        long space = spaces.create(admin, new SpaceDraft("两个标签页" + System.nanoTime(), null, SpaceKind.OPEN_FORUM,
                SpaceVisibility.ZONE, "ZONE")).getId();
        long thread = discussions.start(admin, space, "同时打开", "<p>第 1 楼</p>").getId();
        discussions.reply(admin, thread, ReplyDraft.of("<p>第 2 楼</p>"));

        ExecutorService otherTab = Executors.newSingleThreadExecutor();
        PostPage second;
        try {
            transaction.begin();
            discussions.posts(cadre, thread, 0);
            Future<PostPage> other = otherTab.submit(() -> discussions.posts(cadre, thread, 0));
            // The other tab's first visit meets this one's while it is not yet committed.
            Thread.sleep(300);
            transaction.commit();
            second = other.get();
        } finally {
            otherTab.shutdown();
        }

        assertThat(second.getPosts()).hasSize(2);
        ThreadView listed = discussions.threads(cadre, space, 0, 20).getThreads().get(0);
        assertThat(listed.getUnreadCount()).as("both posts read").isZero();
    }
}
