package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.gongxue.forum.service.ModerationService;
import org.gongxue.forum.service.ReviewItem;
import org.gongxue.people.service.CurrentActor;

/** The moderators' review queue ({@code forum/review.xhtml}): flagged and held posts of the spaces they moderate. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Inject
    ModerationService moderation;

    private List<ReviewItem> items;

    public void load() {
        items = moderation.queue(currentActor.require());
    }

    public String hide(long postId) {
        return act(id -> moderation.hide(currentActor.require(), id), postId);
    }

    public String restore(long postId) {
        return act(id -> moderation.restore(currentActor.require(), id), postId);
    }

    public String approve(long postId) {
        return act(id -> moderation.approve(currentActor.require(), id), postId);
    }

    public String dismiss(long postId) {
        return act(id -> moderation.dismissFlags(currentActor.require(), id), postId);
    }

    private String act(LongConsumer action, long postId) {
        if (!ForumFaces.change(() -> action.accept(postId), Map.of())) {
            return null;
        }
        ForumFaces.keepMessages();
        ForumFaces.info("forum.reviewDone");
        return "/forum/review?faces-redirect=true";
    }

    public List<ReviewItem> getItems() {
        return items;
    }
}
