package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gongxue.forum.service.MemberView;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.people.service.CurrentActor;

/** A space's members and moderators ({@code forum/members.xhtml?id=…}); administrators add and remove them. */
@Named
@ViewScoped
public class MembersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "add-form:member-username");

    @Inject
    CurrentActor currentActor;

    @Inject
    SpaceService spaces;

    private long id;
    private SpaceView space;
    private List<MemberView> members;
    private String username;

    public void load() {
        space = ForumFaces.loadOrRefuse(() -> spaces.find(currentActor.require(), id));
        if (space != null) {
            members = spaces.members(currentActor.require(), id);
        }
    }

    public String addMember() {
        return afterChange(ForumFaces.change(() -> spaces.addMember(currentActor.require(), id, username), FIELDS));
    }

    public String addModerator() {
        return afterChange(ForumFaces.change(() -> spaces.addModerator(currentActor.require(), id, username), FIELDS));
    }

    public String remove(MemberView member) {
        return afterChange(ForumFaces.change(
                () -> spaces.removeMember(currentActor.require(), id, member.getPersonId()), Map.of()));
    }

    public String stopModerating(MemberView member) {
        return afterChange(ForumFaces.change(
                () -> spaces.removeModerator(currentActor.require(), id, member.getPersonId()), Map.of()));
    }

    private String afterChange(boolean changed) {
        if (!changed) {
            return null;
        }
        ForumFaces.keepMessages();
        ForumFaces.info("forum.membersSaved");
        return "/forum/members?faces-redirect=true&id=" + id;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public SpaceView getSpace() {
        return space;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
