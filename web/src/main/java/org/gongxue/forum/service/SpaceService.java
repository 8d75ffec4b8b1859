package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.forum.model.Moderator;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.search.ForumIndexEvents;
import org.gongxue.people.model.GroupKind;
import org.gongxue.people.model.Person;
import org.gongxue.people.model.PersonGroup;
import org.gongxue.people.model.PersonStatus;
import org.gongxue.people.service.PersonRules;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Spaces, their members and moderators: the only writer of them. Administrators of a space's
 * locality (platform administrators for the zone's spaces) create it and manage its people;
 * every change is audited in its transaction. Bad input changes nothing.
 */
@ApplicationScoped
@Transactional
public class SpaceService {

    static final int MAX_NAME = 200;
    static final int MAX_PURPOSE = 2000;
    static final int MAX_SUGGESTIONS = 8;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    Visibility visibility;

    @Inject
    AuditLog audit;

    @Inject
    ForumIndexEvents indexEvents;

    /** The spaces the actor may see, by name. */
    public List<SpaceView> visibleSpaces(Actor actor) {
        AudienceSet audiences = visibility.audiencesOf(actor);
        List<Space> spaces = audiences.isUnrestricted()
                ? em.createQuery("select s from Space s order by s.name", Space.class).getResultList()
                : em.createQuery("select s from Space s where s.audienceKey in :keys order by s.name", Space.class)
                        .setParameter("keys", audiences.keys()).getResultList();
        return spaces.stream().map(space -> view(actor, space)).toList();
    }

    public SpaceView find(Actor actor, long spaceId) {
        Space space = space(spaceId);
        access.requireSee(actor, space);
        return view(actor, space);
    }

    public SpaceView create(Actor actor, SpaceDraft draft) {
        List<Problem> problems = problems(draft);
        if (draft.kind() != null && draft.kind().isOpenedByPlatform()) {
            problems.add(Problem.of("kind", draft.kind() == SpaceKind.EVENT_QUESTIONS
                    ? "forum.problem.eventSpaceAutomatic" : "forum.problem.courseSpaceAutomatic"));
        }
        return created(actor, draft, problems);
    }

    /**
     * Opens the space of something another feature owns (an event's questions, a salon's room) on
     * behalf of the actor, who must administer the draft's locality. Unlike {@link #create}, it
     * takes the kinds the platform opens; the owner keeps the link to the space.
     */
    public SpaceView open(Actor actor, SpaceDraft draft) {
        return created(actor, draft, problems(draft));
    }

    /**
     * Shows a space opened by {@link #open} to its owner's audience (e.g. an event's), with the
     * owner's name; the owner calls this whenever those change. A group audience other than the
     * space's own makes it members-only in the listings' terms.
     */
    public void follow(long spaceId, String name, String ownerAudienceKey) {
        Space space = space(spaceId);
        String shownName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        if (space.follow(shownName, Audience.parse(ownerAudienceKey).key())) {
            // The posts' search entries carry the space's audience: a narrower one must reach them.
            indexEvents.changed(space);
        }
    }

    /** Closes a space: it stays readable, only its moderators still write in it. */
    public void close(Actor actor, long spaceId) {
        Space space = space(spaceId);
        access.requireAdminister(actor, space);
        if (!space.isClosed()) {
            space.close(Instant.now());
            audit.record(actor, AuditAction.SPACE_CLOSED, target(space), null);
        }
    }

    private SpaceView created(Actor actor, SpaceDraft draft, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!actor.mayAdminister(draft.localityCode())) {
            throw new AccessDeniedException(actor.username() + " may not create spaces in " + draft.localityCode());
        }
        PersonGroup members = memberGroup(draft);
        Space space = new Space(draft.name().strip(), clean(draft.purpose()), draft.kind(), draft.localityCode(),
                members.getId(), null, visibilityOf(draft));
        em.persist(space);
        audit.record(actor, AuditAction.SPACE_CREATED, target(space), space.getKind() + ", " + space.getVisibility());
        return view(actor, space);
    }

    /** Renames a space, or changes its purpose or visibility; its kind and locality stay. */
    public SpaceView edit(Actor actor, long spaceId, SpaceDraft changes) {
        Space space = space(spaceId);
        access.requireAdminister(actor, space);
        SpaceDraft draft = new SpaceDraft(changes.name(), changes.purpose(), space.getKind(), changes.visibility(),
                space.getLocalityCode());
        List<Problem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = space.getName() + ", " + space.getVisibility();
        space.setName(draft.name().strip());
        space.setPurpose(clean(draft.purpose()));
        if (space.getCourseId() == null) {
            space.showTo(visibilityOf(draft));
        }
        indexEvents.changed(space);
        audit.record(actor, AuditAction.SPACE_EDITED, target(space), before + " → " + space.getName() + ", "
                + space.getVisibility());
        return view(actor, space);
    }

    /** The members, moderators first, then by name; for whoever sees the space. */
    public List<MemberView> members(Actor actor, long spaceId) {
        Space space = space(spaceId);
        access.requireSee(actor, space);
        Set<Long> moderators = Set.copyOf(moderatorIds(space));
        List<Person> people = em.createQuery("""
                        select m from PersonGroup g join g.members m where g.id = :group order by m.name, m.id""",
                        Person.class)
                .setParameter("group", space.getMemberGroupId()).getResultList();
        List<MemberView> members = new ArrayList<>();
        people.stream().filter(p -> moderators.contains(p.getId())).forEach(p -> members.add(member(p, true)));
        people.stream().filter(p -> !moderators.contains(p.getId())).forEach(p -> members.add(member(p, false)));
        return members;
    }

    /**
     * Whom a writer may @mention in the space, for suggestions as they type: active people who
     * may see it whose login name starts with, or whose name contains, what was typed.
     */
    public List<MemberView> mentionable(Actor actor, long spaceId, String typed) {
        Space space = space(spaceId);
        access.requireSee(actor, space);
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > MAX_NAME) {
            return List.of();
        }
        String from = switch (space.getVisibility()) {
            case MEMBERS -> "PersonGroup g join g.members p where g.id = :group and";
            case LOCALITY -> "Person p where (p.localityCode = :locality or p.localityCode = 'ZONE') and";
            case ZONE -> "Person p where";
        };
        TypedQuery<Person> query = em.createQuery("select p from " + from
                        + " p.status = :active and (p.username like :prefix escape '\\' or p.name like :part escape '\\')"
                        + " order by p.username", Person.class)
                .setParameter("active", PersonStatus.ACTIVE)
                .setParameter("prefix", Likes.escape(text.toLowerCase(Locale.ROOT)) + "%")
                .setParameter("part", "%" + Likes.escape(text) + "%")
                .setMaxResults(MAX_SUGGESTIONS);
        if (space.getVisibility() == SpaceVisibility.MEMBERS) {
            query.setParameter("group", space.getMemberGroupId());
        } else if (space.getVisibility() == SpaceVisibility.LOCALITY) {
            query.setParameter("locality", space.getLocalityCode());
        }
        return query.getResultStream().map(person -> member(person, false)).toList();
    }

    public void addMember(Actor actor, long spaceId, String username) {
        Space space = space(spaceId);
        access.requireAdminister(actor, space);
        Person person = activePerson(username);
        if (group(space).add(person)) {
            audit.record(actor, AuditAction.SPACE_MEMBER_ADDED, target(space), "person:" + person.getUsername());
        }
    }

    /** Removes a member; a moderator stops moderating too. */
    public void removeMember(Actor actor, long spaceId, long personId) {
        Space space = space(spaceId);
        access.requireAdminister(actor, space);
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new ForumNotFoundException("person", personId);
        }
        dropModerator(space, personId);
        if (group(space).remove(person)) {
            audit.record(actor, AuditAction.SPACE_MEMBER_REMOVED, target(space), "person:" + person.getUsername());
        }
    }

    /** Makes a person a moderator of the space, and a member if they were not. */
    public void addModerator(Actor actor, long spaceId, String username) {
        Space space = space(spaceId);
        access.requireAdminister(actor, space);
        Person person = activePerson(username);
        group(space).add(person);
        if (em.find(Moderator.class, new Moderator.Key(space.getId(), person.getId())) == null) {
            em.persist(new Moderator(space.getId(), person.getId()));
            audit.record(actor, AuditAction.SPACE_MODERATOR_ADDED, target(space), "person:" + person.getUsername());
        }
    }

    public void removeModerator(Actor actor, long spaceId, long personId) {
        Space space = space(spaceId);
        access.requireAdminister(actor, space);
        if (dropModerator(space, personId)) {
            audit.record(actor, AuditAction.SPACE_MODERATOR_REMOVED, target(space), "person:" + personId);
        }
    }

    static String target(Space space) {
        return "space:" + space.getId();
    }

    Space space(long spaceId) {
        Space space = em.find(Space.class, spaceId);
        if (space == null) {
            throw new ForumNotFoundException("space", spaceId);
        }
        return space;
    }

    private SpaceView view(Actor actor, Space space) {
        return new SpaceView(space, access.mayAdminister(actor, space), access.mayModerate(actor, space));
    }

    private static MemberView member(Person person, boolean moderator) {
        return new MemberView(person.getId(), person.getUsername(), person.getName(), moderator);
    }

    private List<Long> moderatorIds(Space space) {
        return em.createQuery("select m.key.personId from Moderator m where m.key.spaceId = :space", Long.class)
                .setParameter("space", space.getId()).getResultList();
    }

    private boolean dropModerator(Space space, long personId) {
        Moderator moderator = em.find(Moderator.class, new Moderator.Key(space.getId(), personId));
        if (moderator != null) {
            em.remove(moderator);
        }
        return moderator != null;
    }

    private PersonGroup group(Space space) {
        return em.find(PersonGroup.class, space.getMemberGroupId());
    }

    private Person activePerson(String username) {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", PersonRules.normalizeUsername(username == null ? "" : username))
                .getResultStream().filter(Person::isActive).findFirst()
                .orElseThrow(() -> InvalidInputException.of("username", "forum.problem.noSuchPerson"));
    }

    /**
     * The group that holds the space's members. The expert committee is one body: its space
     * adopts the committee's existing group (with its members) when there is one without a space.
     */
    private PersonGroup memberGroup(SpaceDraft draft) {
        if (draft.kind() == SpaceKind.EXPERT_COMMITTEE) {
            List<PersonGroup> committees = em.createQuery("""
                            select g from PersonGroup g where g.kind = :kind
                            and g.id not in (select s.memberGroupId from Space s) order by g.id""", PersonGroup.class)
                    .setParameter("kind", GroupKind.EXPERT_COMMITTEE).setMaxResults(1).getResultList();
            if (!committees.isEmpty()) {
                return committees.get(0);
            }
        }
        PersonGroup group = new PersonGroup(draft.name().strip(),
                draft.kind() == SpaceKind.EXPERT_COMMITTEE ? GroupKind.EXPERT_COMMITTEE : GroupKind.SPACE,
                draft.localityCode());
        em.persist(group);
        em.flush();
        return group;
    }

    private static SpaceVisibility visibilityOf(SpaceDraft draft) {
        return draft.kind().isMembersOnly() ? SpaceVisibility.MEMBERS : draft.visibility();
    }

    private List<Problem> problems(SpaceDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(Problem.of("name", "forum.problem.nameRequired"));
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.add(Problem.of("name", "forum.problem.nameTooLong"));
        }
        if (draft.purpose() != null && draft.purpose().strip().length() > MAX_PURPOSE) {
            problems.add(Problem.of("purpose", "forum.problem.purposeTooLong"));
        }
        if (draft.kind() == null) {
            problems.add(Problem.of("kind", "forum.problem.kindRequired"));
        }
        if (draft.visibility() == null && (draft.kind() == null || !draft.kind().isMembersOnly())) {
            problems.add(Problem.of("visibility", "forum.problem.visibilityRequired"));
        }
        if (draft.localityCode() == null
                || em.createQuery("select count(l) from Locality l where l.code = :code", Long.class)
                        .setParameter("code", draft.localityCode()).getSingleResult() == 0) {
            problems.add(Problem.of("localityCode", "forum.problem.localityRequired"));
        }
        return problems;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
