package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.PostRevision;
import org.gongxue.forum.model.PostStatus;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.service.attachment.AttachmentRecords;
import org.gongxue.forum.service.attachment.AttachmentView;
import org.gongxue.forum.service.search.ForumIndexEvents;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Threads and posts: the only writer of them. Whoever sees a space may start threads and reply;
 * authors edit their own posts (every earlier version is kept); moderators lock, pin and mark
 * answers, each such action audited. Post HTML is sanitized here, on write, whatever page or
 * endpoint sent it. Bad input changes nothing.
 */
@ApplicationScoped
@Transactional
public class DiscussionService {

    public static final int PAGE_SIZE = 20;
    static final int MAX_TITLE = 200;
    /** Sanitized HTML; a 100 KB post fits with room for its markup. */
    static final int MAX_HTML = 400_000;
    static final int MAX_QUOTE = 2000;
    static final int MAX_LECTURE_SECOND = 24 * 3600;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    SpaceService spaces;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    FollowService follows;

    @Inject
    ForbiddenWords forbiddenWords;

    @Inject
    PostingLimits limits;

    @Inject
    ForumIndexEvents indexEvents;

    @Inject
    AttachmentRecords attachments;

    /** A page of the space's threads: pinned first, then the most recently active. */
    public ThreadPage threads(Actor actor, long spaceId, int page, int pageSize) {
        Space space = spaces.space(spaceId);
        access.requireSee(actor, space);
        boolean moderatable = access.mayModerate(actor, space);
        int size = Math.max(1, Math.min(pageSize, 100));
        List<ForumThread> found = em.createQuery("""
                        select t from ForumThread t join fetch t.author where t.space = :space
                        order by t.pinned desc, t.lastPostedAt desc, t.id desc""", ForumThread.class)
                .setParameter("space", space)
                .setFirstResult(Math.max(0, page) * size).setMaxResults(size)
                .getResultList();
        Map<Long, Integer> lastRead = follows.lastRead(actor.personId(),
                found.stream().map(ForumThread::getId).toList());
        List<ThreadView> threads = found.stream()
                .map(thread -> new ThreadView(thread, moderatable, lastRead.get(thread.getId()))).toList();
        long total = em.createQuery("select count(t) from ForumThread t where t.space = :space", Long.class)
                .setParameter("space", space).getSingleResult();
        return new ThreadPage(threads, total);
    }

    /** Opens a thread with its first post. */
    public ThreadView start(Actor actor, long spaceId, String title, String html) {
        Space space = spaces.space(spaceId);
        access.requireSee(actor, space);
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(Problem.of("title", "forum.problem.titleRequired"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(Problem.of("title", "forum.problem.titleTooLong"));
        }
        if (space.isClosed() && !access.mayModerate(actor, space)) {
            problems.add(Problem.of("title", "forum.problem.spaceClosed"));
        }
        PostHtml.SafeHtml body = body(html, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        limits.check(actor, access.mayModerate(actor, space));
        ForumThread thread = new ForumThread(space, title.strip(), author(actor));
        em.persist(thread);
        Post first = new Post(thread, thread.nextPostNumber(thread.getCreatedAt()), thread.getAuthor(), body.html(),
                body.text(), thread.getCreatedAt());
        published(first, title + "\n" + body.text());
        follows.readUpTo(actor.personId(), thread.getId(), first.getNumber());
        return new ThreadView(thread, access.mayModerate(actor, space), first.getNumber());
    }

    /** Adds a post at the end of the thread. The thread's row is locked so that numbers never collide. */
    public PostView reply(Actor actor, long threadId, ReplyDraft draft) {
        ForumThread thread = em.find(ForumThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null) {
            throw new ForumNotFoundException("thread", threadId);
        }
        Space space = thread.getSpace();
        access.requireSee(actor, space);
        boolean moderator = access.mayModerate(actor, space);
        List<Problem> problems = new ArrayList<>();
        if (thread.isLocked() && !moderator) {
            problems.add(Problem.of("body", "forum.problem.threadLocked"));
        } else if (space.isClosed() && !moderator) {
            problems.add(Problem.of("body", "forum.problem.spaceClosed"));
        }
        PostHtml.SafeHtml body = body(draft.html(), problems);
        Post quoted = quoted(thread, draft, problems);
        checkAnchor(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        limits.check(actor, moderator);
        Instant now = Instant.now();
        Post post = new Post(thread, thread.nextPostNumber(now), author(actor), body.html(), body.text(), now);
        if (quoted != null) {
            post.quote(quoted.getId(), quoteOf(quoted, draft.quoteText()));
        }
        if (draft.lectureId() != null) {
            post.anchorTo(draft.lectureId(), draft.lectureSecond());
        }
        published(post, body.text());
        return new PostView(post, true, true);
    }

    /** The zero-based page that shows post {@code number}. */
    public static int pageOf(int number) {
        return (number - 1) / PAGE_SIZE;
    }

    /**
     * One page of a thread's posts. Posts are numbered without gaps, so a page is a range of
     * numbers read through the (thread, number) index: page 500 costs what page 1 does. Showing
     * the page moves the reader's read marker and reads what told them of these posts.
     */
    public PostPage posts(Actor actor, long threadId, int page) {
        ForumThread thread = visibleThread(actor, threadId);
        boolean moderator = access.mayModerate(actor, thread.getSpace());
        int pageCount = Math.max(1, (thread.getPostCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pageCount - 1));
        List<PostView> posts = em.createQuery("""
                        select p from Post p join fetch p.author
                        where p.thread = :thread and p.number between :from and :to order by p.number""", Post.class)
                .setParameter("thread", thread)
                .setParameter("from", shown * PAGE_SIZE + 1)
                .setParameter("to", (shown + 1) * PAGE_SIZE)
                .getResultStream().map(post -> view(actor, post, moderator)).toList();
        Map<Long, List<AttachmentView>> files = attachments.of(posts.stream().map(PostView::getId).toList());
        posts.forEach(post -> post.setAttachments(files.getOrDefault(post.getId(), List.of())));
        int readBefore = 0;
        if (!posts.isEmpty()) {
            int last = posts.get(posts.size() - 1).getNumber();
            readBefore = follows.readUpTo(actor.personId(), thread.getId(), last);
            notifications.threadRead(actor.personId(), thread.getId(), last);
        }
        return new PostPage(new ThreadView(thread, moderator, readBefore), posts, shown, pageCount);
    }

    /** Rewrites a post, keeping the earlier version. Authors edit their own; moderators any (audited). */
    public PostView edit(Actor actor, long postId, String html) {
        Post post = visiblePost(actor, postId);
        boolean moderator = access.mayModerate(actor, post.getThread().getSpace());
        if (!mayEdit(actor, post, moderator)) {
            throw new AccessDeniedException(actor.username() + " may not edit post " + postId);
        }
        List<Problem> problems = new ArrayList<>();
        PostHtml.SafeHtml body = body(html, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!body.html().equals(post.getBodyHtml())) {
            Instant previous = post.getEditedAt() == null ? post.getCreatedAt() : post.getEditedAt();
            em.persist(new PostRevision(post.getId(), post.getBodyHtml(), previous, actor.personId()));
            post.rewrite(body.html(), body.text(), Instant.now());
            indexEvents.changed(post);
            if (post.getAuthor().getId() != actor.personId()) {
                audit.record(actor, AuditAction.POST_EDITED_BY_MODERATOR, target(post), null);
            }
        }
        return view(actor, post, moderator);
    }

    /** The earlier versions of a post, oldest first. */
    public List<RevisionView> history(Actor actor, long postId) {
        Post post = visiblePost(actor, postId);
        if (!readable(actor, post, access.mayModerate(actor, post.getThread().getSpace()))) {
            throw new AccessDeniedException(actor.username() + " may not read post " + postId);
        }
        return em.createQuery("select r from PostRevision r where r.postId = :post order by r.writtenAt, r.id",
                        PostRevision.class)
                .setParameter("post", post.getId()).getResultStream().map(RevisionView::new).toList();
    }

    public ThreadView lock(Actor actor, long threadId, boolean locked) {
        return setFlag(actor, threadId, locked, ForumThread::isLocked, ForumThread::setLocked,
                locked ? AuditAction.THREAD_LOCKED : AuditAction.THREAD_UNLOCKED);
    }

    public ThreadView pin(Actor actor, long threadId, boolean pinned) {
        return setFlag(actor, threadId, pinned, ForumThread::isPinned, ForumThread::setPinned,
                pinned ? AuditAction.THREAD_PINNED : AuditAction.THREAD_UNPINNED);
    }

    /** A moderator's switch of a thread; audited when it changes anything. */
    private ThreadView setFlag(Actor actor, long threadId, boolean value, Predicate<ForumThread> current,
                               BiConsumer<ForumThread, Boolean> change, AuditAction action) {
        ForumThread thread = visibleThread(actor, threadId);
        access.requireModerate(actor, thread.getSpace());
        if (current.test(thread) != value) {
            change.accept(thread, value);
            audit.record(actor, action, target(thread), null);
        }
        return new ThreadView(thread, true, null);
    }

    /**
     * Marks the answer of a question, or the resolution (决议) of a committee or work meeting.
     * The thread's author may mark an answer; only moderators record a resolution.
     */
    public ThreadView markAnswer(Actor actor, long threadId, long postId) {
        ForumThread thread = visibleThread(actor, threadId);
        boolean moderator = access.mayModerate(actor, thread.getSpace());
        ThreadView shown = new ThreadView(thread, moderator, null);
        boolean author = thread.getAuthor().getId() == actor.personId();
        if (!moderator && (shown.isDecidedByResolution() || !author)) {
            throw new AccessDeniedException(actor.username() + " may not mark the answer of thread " + threadId);
        }
        Post post = em.find(Post.class, postId);
        if (post == null || !post.getThread().getId().equals(thread.getId()) || post.getStatus() != PostStatus.VISIBLE) {
            throw InvalidInputException.of("postId", "forum.problem.answerNotInThread");
        }
        thread.setAnswerPostId(post.getId());
        audit.record(actor, AuditAction.THREAD_ANSWER_MARKED, target(thread), "post #" + post.getNumber());
        return new ThreadView(thread, moderator, null);
    }

    /**
     * Stores a new post: shown at once and its readers told, or held for a moderator's review
     * when it contains a forbidden word (they are told when it is approved).
     */
    private void published(Post post, String text) {
        if (forbiddenWords.foundIn(text)) {
            post.setStatus(PostStatus.HELD);
        }
        // Marked before the insert, which then writes the mark (no update of the new row after it).
        indexEvents.changed(post);
        em.persist(post);
        if (post.getStatus() == PostStatus.VISIBLE) {
            notifications.postAdded(post);
        }
    }

    static String target(ForumThread thread) {
        return "thread:" + thread.getId();
    }

    static String target(Post post) {
        return "post:" + post.getId();
    }

    private ForumThread visibleThread(Actor actor, long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            throw new ForumNotFoundException("thread", threadId);
        }
        access.requireSee(actor, thread.getSpace());
        return thread;
    }

    private Post visiblePost(Actor actor, long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new ForumNotFoundException("post", postId);
        }
        access.requireSee(actor, post.getThread().getSpace());
        return post;
    }

    private PostView view(Actor actor, Post post, boolean moderator) {
        return new PostView(post, readable(actor, post, moderator), mayEdit(actor, post, moderator));
    }

    /** Everyone reads visible posts; moderators read all; authors read their own held posts. */
    private static boolean readable(Actor actor, Post post, boolean moderator) {
        return post.getStatus() == PostStatus.VISIBLE || moderator
                || post.getStatus() == PostStatus.HELD && post.getAuthor().getId() == actor.personId();
    }

    private static boolean mayEdit(Actor actor, Post post, boolean moderator) {
        boolean ownOpen = post.getAuthor().getId() == actor.personId() && !post.getThread().isLocked()
                && post.getStatus() != PostStatus.DELETED && post.getStatus() != PostStatus.HIDDEN;
        return moderator || ownOpen;
    }

    private Person author(Actor actor) {
        return em.getReference(Person.class, actor.personId());
    }

    private static PostHtml.SafeHtml body(String html, List<Problem> problems) {
        PostHtml.SafeHtml body = PostHtml.clean(html);
        if (body.isBlank()) {
            problems.add(Problem.of("body", "forum.problem.bodyRequired"));
        } else if (body.html().length() > MAX_HTML) {
            problems.add(Problem.of("body", "forum.problem.bodyTooLong"));
        }
        return body;
    }

    /** The post a reply quotes: a visible post of the same thread that contains the quoted words. */
    private Post quoted(ForumThread thread, ReplyDraft draft, List<Problem> problems) {
        if (draft.quotedPostId() == null) {
            return null;
        }
        Post quoted = em.find(Post.class, draft.quotedPostId());
        if (quoted == null || !quoted.getThread().getId().equals(thread.getId())
                || quoted.getStatus() != PostStatus.VISIBLE) {
            problems.add(Problem.of("quote", "forum.problem.quoteNotInThread"));
            return null;
        }
        String part = Quotes.normalize(draft.quoteText());
        if (part.length() > MAX_QUOTE) {
            problems.add(Problem.of("quote", "forum.problem.quoteTooLong"));
        } else if (!part.isEmpty() && !Quotes.normalize(quoted.getBodyText()).contains(part)) {
            problems.add(Problem.of("quote", "forum.problem.quoteNotInPost"));
        }
        return quoted;
    }

    /** The quoted words as stored: the part given, or the start of the post when none was. */
    private static String quoteOf(Post quoted, String part) {
        String given = Quotes.normalize(part);
        return given.isEmpty() ? Quotes.opening(quoted.getBodyText(), MAX_QUOTE) : given;
    }

    private static void checkAnchor(ReplyDraft draft, List<Problem> problems) {
        if (draft.lectureId() == null && draft.lectureSecond() == null) {
            return;
        }
        if (draft.lectureId() == null || draft.lectureId() <= 0 || draft.lectureSecond() == null
                || draft.lectureSecond() < 0 || draft.lectureSecond() > MAX_LECTURE_SECOND) {
            problems.add(Problem.of("lectureSecond", "forum.problem.badLectureAnchor"));
        }
    }
}
