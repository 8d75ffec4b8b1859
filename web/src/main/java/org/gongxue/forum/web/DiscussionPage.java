package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.FollowService;
import org.gongxue.forum.service.ModerationService;
import org.gongxue.forum.service.PostPage;
import org.gongxue.forum.service.PostView;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.forum.service.attachment.AttachmentService;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * One page of a thread ({@code forum/thread.xhtml?id=…&page=…}): its posts, a reply form that may
 * quote part of a post, editing one's own posts, and the moderators' lock, pin and answer.
 */
@Named
@ViewScoped
public class DiscussionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reply-form";
    private static final Map<String, String> FIELDS = Map.of(
            "body", FORM + ":reply-body",
            "quote", FORM + ":quote-text",
            "lectureSecond", FORM + ":reply-body");
    private static final Map<String, String> EDIT_FIELDS = Map.of("body", "edit-form:edit-body");

    @Inject
    CurrentActor currentActor;

    @Inject
    DiscussionService discussions;

    @Inject
    FollowService follows;

    @Inject
    ModerationService moderation;

    @Inject
    SpaceService spaces;

    @Inject
    AttachmentService attachments;

    private long id;
    private int page;
    private String idParameter;
    private String pageParameter;
    private PostPage posts;
    private String body;
    private PostView quoted;
    private String quoteText;
    private Long editingId;
    private String editBody;
    private boolean watching;
    private PostView flagging;
    private String flagReason;
    private PostView withdrawing;
    private Long moveTo;
    private PostView attaching;
    private transient Part file;

    /** The view action: a thread in a space the reader may not see answers 403, an unknown one 404. */
    public void load() {
        id = ForumFaces.positive(idParameter);
        page = (int) Math.min(ForumFaces.positive(pageParameter), Integer.MAX_VALUE);
        posts = ForumFaces.loadOrRefuse(() -> discussions.posts(currentActor.require(), id, page));
        if (posts != null) {
            watching = follows.isWatchingThread(currentActor.require(), id);
        }
    }

    /** Watch the thread (be told of replies), or stop. */
    public String toggleWatching() {
        return changeAndShow(() -> follows.watchThread(currentActor.require(), id, !watching));
    }

    public boolean isWatching() {
        return watching;
    }

    public String reply() {
        ReplyDraft draft = new ReplyDraft(body, quoted == null ? null : quoted.getId(), quoteText, null, null);
        PostView[] added = new PostView[1];
        if (!ForumFaces.change(() -> added[0] = discussions.reply(currentActor.require(), id, draft), FIELDS)) {
            return null;
        }
        return at(added[0].getNumber());
    }

    /** Starts a reply quoting this post; the writer may narrow the quote to the words that matter. */
    public void quote(PostView post) {
        quoted = post;
        quoteText = null;
    }

    public void dropQuote() {
        quoted = null;
        quoteText = null;
    }

    public void startEditing(PostView post) {
        editingId = post.getId();
        editBody = post.getHtml();
    }

    public void cancelEditing() {
        editingId = null;
        editBody = null;
    }

    public String saveEdit() {
        PostView[] edited = new PostView[1];
        if (!ForumFaces.change(() -> edited[0] = discussions.edit(currentActor.require(), editingId, editBody),
                EDIT_FIELDS)) {
            return null;
        }
        return at(edited[0].getNumber());
    }

    public String lock(boolean locked) {
        return changeAndShow(() -> discussions.lock(currentActor.require(), id, locked));
    }

    public String pin(boolean pinned) {
        return changeAndShow(() -> discussions.pin(currentActor.require(), id, pinned));
    }

    public String markAnswer(PostView post) {
        return changeAndShow(() -> discussions.markAnswer(currentActor.require(), id, post.getId()));
    }

    /** Asks for the reason before a post is flagged. */
    public void startFlagging(PostView post) {
        flagging = post;
        flagReason = null;
    }

    public String flag() {
        if (!ForumFaces.change(() -> moderation.flag(currentActor.require(), flagging.getId(), flagReason),
                Map.of("reason", "flag-form:flag-reason"))) {
            return null;
        }
        ForumFaces.keepMessages();
        ForumFaces.info("forum.flagged");
        return at(flagging.getNumber());
    }

    /** Asks back before the author's post is withdrawn. */
    public void askToWithdraw(PostView post) {
        withdrawing = post;
    }

    public String withdraw() {
        return changeAndShow(() -> moderation.withdraw(currentActor.require(), withdrawing.getId()));
    }

    public void cancel() {
        flagging = null;
        withdrawing = null;
        attaching = null;
    }

    /** Asks for the file to attach to this post. */
    public void startAttaching(PostView post) {
        attaching = post;
    }

    /** Attaches the chosen file; a refused one is said beside the field and changes nothing. */
    public String attach() {
        Map<String, String> fields = Map.of("file", "attach-form:attach-file");
        if (!ForumFaces.change(() -> attachChosenFile(), fields)) {
            return null;
        }
        return at(attaching.getNumber());
    }

    private void attachChosenFile() {
        if (file == null) {
            throw InvalidInputException.of("file", "forum.attachment.EMPTY_FILE");
        }
        try (InputStream content = file.getInputStream()) {
            attachments.attach(currentActor.require(), attaching.getId(), file.getSubmittedFileName(), file.getSize(),
                    content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UploadRefusedException e) {
            throw InvalidInputException.of("file", "forum.attachment." + e.reason().name());
        }
    }

    public PostView getAttaching() {
        return attaching;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String hide(PostView post) {
        return changeAndShow(() -> moderation.hide(currentActor.require(), post.getId()));
    }

    public String restore(PostView post) {
        return changeAndShow(() -> moderation.restore(currentActor.require(), post.getId()));
    }

    /** The other spaces this moderator moderates: where the thread may move. */
    public List<SpaceView> getMoveTargets() {
        return spaces.visibleSpaces(currentActor.require()).stream()
                .filter(space -> space.isModeratable() && space.getId() != getThread().getSpaceId()).toList();
    }

    public String move() {
        if (moveTo == null) {
            return null;
        }
        return changeAndShow(() -> moderation.move(currentActor.require(), id, moveTo));
    }

    /** May the reader mark answers here? Resolutions are the moderators'; answers also the thread's author's. */
    public boolean isAnswerMarkable() {
        return posts.getThread().isModeratable() || !posts.getThread().isDecidedByResolution()
                && posts.getPosts().stream().anyMatch(p -> p.getNumber() == 1
                        && p.getAuthorUsername().equals(currentActor.require().username()));
    }

    /** Runs a change of the thread's state and shows the same page again. */
    private String changeAndShow(Runnable action) {
        if (!ForumFaces.change(action, Map.of())) {
            return null;
        }
        return "/forum/thread?faces-redirect=true&id=" + id + "&page=" + page;
    }

    /**
     * Redirects to the page that shows post {@code number}, scrolled to it. Not a navigation
     * outcome: Faces would read the fragment as part of the last query parameter.
     */
    private String at(int number) {
        ForumFaces.redirect("/forum/thread.xhtml", Map.of("id", List.of(String.valueOf(id)),
                "page", List.of(String.valueOf(DiscussionService.pageOf(number)))), "post-" + number);
        return null;
    }

    public long getId() {
        return id;
    }

    public int getPage() {
        return page;
    }

    /** The address's {@code id}: anything but a positive number names no thread (404). */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    /** The address's {@code page}, counted from 0; anything odd is the first page. */
    public String getPageParameter() {
        return pageParameter;
    }

    public void setPageParameter(String pageParameter) {
        this.pageParameter = pageParameter;
    }

    public PostPage getPosts() {
        return posts;
    }

    public ThreadView getThread() {
        return posts.getThread();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public PostView getQuoted() {
        return quoted;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public void setQuoteText(String quoteText) {
        this.quoteText = quoteText;
    }

    public PostView getFlagging() {
        return flagging;
    }

    public String getFlagReason() {
        return flagReason;
    }

    public void setFlagReason(String flagReason) {
        this.flagReason = flagReason;
    }

    public PostView getWithdrawing() {
        return withdrawing;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }
}
