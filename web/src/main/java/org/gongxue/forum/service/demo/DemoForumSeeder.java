package org.gongxue.forum.service.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.forum.service.demo.DemoForumContent.DemoReply;
import org.gongxue.forum.service.demo.DemoForumContent.DemoSpace;
import org.gongxue.forum.service.demo.DemoForumContent.DemoThread;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.platform.setup.DemoSeed;

/**
 * The demo forum a newcomer finds on the embedded default (see {@link DemoSeed}): the expert
 * committee with a resolution, a salon of the party schools and an open space for cadres, each
 * with a discussion under way. Courses open their own spaces; the demo is for a forum without
 * any other.
 *
 * <p>Written through the services administrators and members use, in one transaction
 * (a failure leaves no half-opened space, and the retried event starts again): the platform
 * administrator opens the spaces and names members and moderators, the members write.
 */
@ApplicationScoped
public class DemoForumSeeder implements DemoSeed {

    private static final String PLATFORM_ADMIN = "platform.admin";
    private static final String TOPIC = "forum.demo.seed";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    Actors actors;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(s) from Space s where s.kind <> :course", Long.class)
                .setParameter("course", SpaceKind.COURSE_DISCUSSION).getSingleResult() == 0;
    }

    /** Seeds unless something is there already: an event handled twice writes the demo once. */
    @Override
    @Transactional
    public void handle(OutboxMessage message) {
        if (isEmpty()) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        Actor admin = actors.demoAccount(PLATFORM_ADMIN);
        for (DemoSpace space : DemoForumContent.load().spaces()) {
            long spaceId = spaces.create(admin, new SpaceDraft(space.name(), space.purpose(), space.kind(),
                    space.visibility(), space.locality())).getId();
            space.members().forEach(member -> spaces.addMember(admin, spaceId, member));
            space.moderators().forEach(moderator -> spaces.addModerator(admin, spaceId, moderator));
            for (DemoThread thread : space.threads()) {
                write(spaceId, thread, space.moderators().isEmpty() ? PLATFORM_ADMIN : space.moderators().get(0));
            }
        }
    }

    private void write(long spaceId, DemoThread thread, String moderator) {
        ThreadView started = discussions.start(actors.demoAccount(thread.author()), spaceId, thread.title(), thread.html());
        Long previous = null;
        for (DemoReply reply : thread.replies()) {
            Long quoted = reply.quotesPrevious() == null ? null : previous;
            previous = discussions.reply(actors.demoAccount(reply.author()), started.getId(),
                    new ReplyDraft(reply.html(), quoted, reply.quotesPrevious(), null, null)).getId();
        }
        if (thread.lastIsResolution() && previous != null) {
            discussions.markAnswer(actors.demoAccount(moderator), started.getId(), previous);
        }
    }
}
