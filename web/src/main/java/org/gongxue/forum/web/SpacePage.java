package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.FollowService;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.forum.service.ThreadPage;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.people.service.CurrentActor;

/** One space ({@code forum/space.xhtml?id=…&page=…}): its threads, a page at a time, and a form to start one. */
@Named
@ViewScoped
public class SpacePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String FORM = "thread-form";
    private static final Map<String, String> FIELDS = Map.of(
            "title", FORM + ":thread-title",
            "body", FORM + ":thread-body");

    @Inject
    CurrentActor currentActor;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    FollowService follows;

    private long id;
    private int page;
    private SpaceView space;
    private ThreadPage threads;
    private String title;
    private String body;
    private boolean watching;

    /** The view action: a space the reader may not see answers 403, an unknown one 404. */
    public void load() {
        space = ForumFaces.loadOrRefuse(() -> spaces.find(currentActor.require(), id));
        if (space != null) {
            threads = discussions.threads(currentActor.require(), id, page, PAGE_SIZE);
            watching = follows.isWatchingSpace(currentActor.require(), id);
        }
    }

    /** Watch the space (be told of new threads), or stop. */
    public String toggleWatching() {
        if (!ForumFaces.change(() -> follows.watchSpace(currentActor.require(), id, !watching), Map.of())) {
            return null;
        }
        return "/forum/space?faces-redirect=true&id=" + id + "&page=" + page;
    }

    public boolean isWatching() {
        return watching;
    }

    public String start() {
        ThreadView[] started = new ThreadView[1];
        if (!ForumFaces.change(() -> started[0] = discussions.start(currentActor.require(), id, title, body), FIELDS)) {
            return null;
        }
        return "/forum/thread?faces-redirect=true&id=" + started[0].getId();
    }

    public int getPageCount() {
        return (int) Math.max(1, (threads.getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public SpaceView getSpace() {
        return space;
    }

    public ThreadPage getThreads() {
        return threads;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
