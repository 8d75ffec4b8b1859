package org.gongxue.forum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Comparator;
import java.util.List;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.PostView;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.forum.service.demo.DemoForumSeeder;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo forum as a newcomer meets it on the embedded default: the expert committee with a
 * resolution that only its members see, and an open space where cadres of the three localities
 * talk, one quoting another. The seeding runs in a transaction the test rolls back, so the other
 * tests' spaces stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
class DemoForumIT {

    private static final String COMMITTEE = "专家咨询委员会";
    private static final String OPEN_SPACE = "示范区干部交流";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(DemoForumIT.class);
    }

    @Inject
    DemoForumSeeder seeder;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    Actors actors;

    @Resource
    UserTransaction transaction;

    @Test
    void theCommitteeKeepsItsResolutionToItselfAndCadresTalkInTheOpen() throws Exception {
        transaction.begin();
        try {
            seeder.seed();

            Actor expert = actor("expert.zone");
            SpaceView committee = newest(expert, COMMITTEE);
            ThreadView advice = discussions.threads(expert, committee.getId(), 0, 20).getThreads().get(0);
            assertThat(advice.getPostCount()).isEqualTo(4);
            assertThat(advice.getAnswerPostId()).as("the committee's resolution").isNotNull();
            assertThat(advice.isDecidedByResolution()).isTrue();

            Actor cadre = actor("cadre.jiashan");
            assertThat(spaces.visibleSpaces(cadre)).extracting(SpaceView::getId).doesNotContain(committee.getId());
            SpaceView open = newest(cadre, OPEN_SPACE);
            ThreadView talk = discussions.threads(cadre, open.getId(), 0, 20).getThreads().get(0);
            List<PostView> posts = discussions.posts(cadre, talk.getId(), 0).getPosts();
            assertThat(posts).extracting(PostView::getAuthorUsername)
                    .containsExactly("cadre.qingpu", "cadre.jiashan", "cadre.wujiang");
            assertThat(posts.get(2).getQuotedPostId()).isEqualTo(posts.get(1).getId());
            assertThat(posts.get(2).getQuoteText()).isEqualTo("统一了标准以后，推诿少了很多");

            int seen = spaces.visibleSpaces(expert).size();
            seeder.handle(new OutboxMessage(0, seeder.topic(), "demo", 2));
            assertThat(spaces.visibleSpaces(expert)).as("the seeding event handled again").hasSize(seen);
        } finally {
            transaction.rollback();
        }
    }

    /** The space of that name the seeding just opened (other tests may have opened one of the same name). */
    private SpaceView newest(Actor reader, String name) {
        return spaces.visibleSpaces(reader).stream().filter(space -> space.getName().equals(name))
                .max(Comparator.comparingLong(SpaceView::getId)).orElseThrow();
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }
}
