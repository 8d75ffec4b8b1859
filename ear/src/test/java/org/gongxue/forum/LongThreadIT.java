package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.PostPage;
import org.gongxue.forum.service.PostView;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.search.ForumIndexEvents;
import org.gongxue.forum.service.search.ForumSearch;
import org.gongxue.forum.service.search.ForumSearchResults;
import org.gongxue.library.LibraryFixtures;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A thread of 10,000 posts opens a page at a time: any page holds exactly its twenty posts, in
 * order, read by their numbers (how fast is the bench's business, not a test's). Its replies
 * reach the search through a few indexing events of the thread, not one per post.
 */
@ExtendWith(ArquillianExtension.class)
class LongThreadIT {

    private static final int POSTS = 10_000;
    private static final int PER_TRANSACTION = 500;

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(LongThreadIT.class, LibraryFixtures.class,
                LibraryFixtures.CourseWithLecture.class);
    }

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    Actors actors;

    @Inject
    ForumSearch search;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void aTenThousandPostThreadOpensAnyPageWithItsOwnPosts() throws Exception {
        Actor admin = actors.forUsername("platform.admin", "127.0.0.1").orElseThrow();
        Actor cadre = actors.forUsername("cadre.jiashan", "127.0.0.1").orElseThrow();
        long space = spaces.create(admin, new SpaceDraft("长帖" + System.nanoTime(), null, SpaceKind.OPEN_FORUM,
                SpaceVisibility.ZONE, "ZONE")).getId();
        long thread = discussions.start(admin, space, "一万条回帖", "<p>第 1 楼</p>").getId();
        String lastWord = LibraryFixtures.uniqueWord();
        int transactions = 1;
        for (int from = 2; from <= POSTS; from += PER_TRANSACTION) {
            transaction.begin();
            for (int number = from; number < Math.min(from + PER_TRANSACTION, POSTS + 1); number++) {
                String word = number == POSTS ? " " + lastWord : "";
                discussions.reply(admin, thread, ReplyDraft.of("<p>第 " + number + " 楼" + word + "</p>"));
            }
            transaction.commit();
            transactions++;
        }

        PostPage last = discussions.posts(cadre, thread, 499);
        PostPage middle = discussions.posts(cadre, thread, 250);
        PostPage beyond = discussions.posts(cadre, thread, 10_000);

        assertThat(last.getPageCount()).isEqualTo(500);
        assertThat(last.getThread().getPostCount()).isEqualTo(POSTS);
        assertThat(last.getPosts()).extracting(PostView::getNumber).containsExactlyElementsOf(range(9981, 10_000));
        assertThat(last.getPosts().get(19).getHtml()).isEqualTo("<p>第 10000 楼 " + lastWord + "</p>");
        assertThat(middle.getPosts()).extracting(PostView::getNumber).containsExactlyElementsOf(range(5001, 5020));
        assertThat(beyond.getPage()).as("past the end shows the last page").isEqualTo(499);

        LibraryFixtures.await(() -> search.search(cadre, lastWord, 0, 10).getThreadCount() == 1,
                () -> "the thread's last reply found");
        ForumSearchResults found = search.search(cadre, lastWord, 0, 10);
        assertThat(found.getHits()).singleElement().satisfies(hit -> {
            assertThat(hit.getThreadId()).isEqualTo(thread);
            assertThat(hit.getPostNumber()).isEqualTo(POSTS);
        });
        long events = em.createQuery("select count(e) from OutboxEvent e where e.topic = :topic and e.key = :key",
                        Long.class)
                .setParameter("topic", ForumIndexEvents.TOPIC).setParameter("key", "thread:" + thread).getSingleResult();
        // One waiting event per transaction at most, or two when a worker claims it meanwhile.
        assertThat(events).as("indexing events of the thread").isPositive().isLessThanOrEqualTo(2L * transactions);
    }

    private static java.util.List<Integer> range(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }
}
