package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.ModerationService;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;

/** The spaces the reader may see ({@code forum/index.xhtml}), and for administrators a form to open one. */
@Named
@ViewScoped
public class SpaceListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "space-form";
    private static final Map<String, String> FIELDS = Map.of(
            "name", FORM + ":space-name",
            "purpose", FORM + ":space-purpose",
            "kind", FORM + ":space-kind",
            "visibility", FORM + ":space-visibility",
            "localityCode", FORM + ":space-locality");
    private static final List<String> LOCALITIES = List.of("ZONE", "QINGPU", "WUJIANG", "JIASHAN");

    @Inject
    CurrentActor currentActor;

    @Inject
    SpaceService spaces;

    @Inject
    ModerationService moderation;

    private List<SpaceView> visible;
    private String name;
    private String purpose;
    private SpaceKind kind = SpaceKind.OPEN_FORUM;
    private SpaceVisibility visibility = SpaceVisibility.ZONE;
    private String localityCode;

    public List<SpaceView> getSpaces() {
        if (visible == null) {
            visible = spaces.visibleSpaces(actor());
        }
        return visible;
    }

    public String create() {
        SpaceView[] created = new SpaceView[1];
        boolean done = ForumFaces.change(() -> created[0] = spaces.create(actor(),
                new SpaceDraft(name, purpose, kind, visibility, chosenLocality())), FIELDS);
        if (!done) {
            return null;
        }
        ForumFaces.keepMessages();
        ForumFaces.info("forum.spaceCreated");
        return "/forum/space?faces-redirect=true&id=" + created[0].getId();
    }

    public boolean isReviewer() {
        return moderation.mayReview(actor());
    }

    public boolean isPlatformAdministrator() {
        return actor().has(Role.PLATFORM_ADMIN);
    }

    public boolean isAdministrator() {
        return actor().isAdministrator();
    }

    /** Courses open their own discussion spaces: administrators choose among the other kinds. */
    public List<SpaceKind> getKinds() {
        return Arrays.stream(SpaceKind.values()).filter(k -> !k.isOpenedByPlatform()).toList();
    }

    public List<SpaceVisibility> getVisibilities() {
        return List.of(SpaceVisibility.values());
    }

    /** Platform administrators open spaces anywhere; locality administrators in their own locality. */
    public List<String> getLocalityCodes() {
        Actor actor = actor();
        return actor.has(Role.PLATFORM_ADMIN) ? LOCALITIES : Stream.of(actor.localityCode()).toList();
    }

    private String chosenLocality() {
        return localityCode == null ? getLocalityCodes().get(0) : localityCode;
    }

    private Actor actor() {
        return currentActor.require();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public SpaceKind getKind() {
        return kind;
    }

    public void setKind(SpaceKind kind) {
        this.kind = kind;
    }

    public SpaceVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(SpaceVisibility visibility) {
        this.visibility = visibility;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public void setLocalityCode(String localityCode) {
        this.localityCode = localityCode;
    }
}
