package org.gongxue.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.model.LecturerKind;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseCovers;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LectureView;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.LecturerView;
import org.gongxue.library.service.TopicCatalog;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.web.Localities;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.Role;

/**
 * The course editor ({@code library/teach/course.xhtml}, {@code ?id=} to edit): the course's
 * fields and lecturers, its lectures in order, and its way through review to publication. What
 * may be changed is the services' decision; a course the person may not edit answers 403.
 */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "course-form";
    private static final Map<String, String> COURSE_FIELDS = Map.of(
            "title", FORM + ":title",
            "summary", FORM + ":summary",
            "topic", FORM + ":topic",
            "level", FORM + ":level",
            "creditHours", FORM + ":credit-hours",
            "locality", FORM + ":locality",
            "audience", FORM + ":audience",
            "lecturers", FORM + ":chosen-lecturers");
    private static final Map<String, String> LECTURER_FIELDS = Map.of(
            "name", "lecturer-form:lecturer-name",
            "title", "lecturer-form:lecturer-title",
            "unitName", "lecturer-form:lecturer-unit",
            "kind", "lecturer-form:lecturer-kind");
    private static final Map<String, String> COVER_FIELDS = Map.of(TeachFaces.FILE, "cover-form:cover");
    private static final Map<String, String> LECTURE_FIELDS = Map.of(
            "title", "lecture-form:lecture-title",
            "summary", "lecture-form:lecture-summary");

    @Inject
    CurrentActor currentActor;

    @Inject
    CourseService courses;

    @Inject
    CourseCatalog catalog;

    @Inject
    LecturerService lecturers;

    @Inject
    TopicCatalog topics;

    @Inject
    CourseCovers covers;

    private Long id;
    private CourseView course;

    private String title;
    private String summary;
    private String topicCode;
    private List<String> abilities = new ArrayList<>();
    private CourseLevel level = CourseLevel.GENERAL;
    private BigDecimal creditHours = BigDecimal.ONE;
    private String localityCode;
    private String audience = Audience.zone().key();
    private List<LecturerView> chosenLecturers = new ArrayList<>();

    private String lecturerQuery;
    private List<LecturerView> lecturerMatches = List.of();
    private String lecturerName;
    private String lecturerTitle;
    private String lecturerUnit;
    private LecturerKind lecturerKind;

    private String lectureTitle;
    private String lectureSummary;
    private LectureView lectureToRemove;
    private transient Part cover;

    /** The view action: the course to edit, or the defaults of a new one. */
    public void load() {
        if (id == null) {
            localityCode = actor().localityCode();
            return;
        }
        CourseView found = TeachFaces.loadOrEnd(() -> editableCourse(id));
        if (found != null) {
            show(found);
        }
    }

    public String save() {
        CourseDraft draft = new CourseDraft(title, summary, topicCode, chosenAbilities(), level, creditHours,
                localityCode, audience, chosenLecturers.stream().map(LecturerView::getId).toList());
        if (isCreating()) {
            long[] created = new long[1];
            if (TeachFaces.attempt(() -> created[0] = courses.create(actor(), draft), COURSE_FIELDS)) {
                TeachFaces.done("library.teach.course.created");
                TeachFaces.keepForRedirect();
                return "/library/teach/course?faces-redirect=true&id=" + created[0];
            }
            return null;
        }
        if (TeachFaces.attempt(() -> courses.update(actor(), id, draft), COURSE_FIELDS)) {
            reload();
            TeachFaces.done("library.teach.course.saved");
        }
        return null;
    }

    /** Stores the chosen image as the course's cover (the form requires a file). */
    public void uploadCover() {
        Part chosen = cover;
        cover = null;
        if (TeachFaces.attempt(() -> storeCover(chosen), COVER_FIELDS)) {
            reload();
            TeachFaces.done("library.teach.cover.saved");
        }
    }

    public void removeCover() {
        if (TeachFaces.attempt(() -> covers.remove(actor(), id), Map.of())) {
            reload();
            TeachFaces.done("library.teach.cover.removed");
        }
    }

    private void storeCover(Part image) {
        try (InputStream content = image.getInputStream()) {
            covers.replace(actor(), id, image.getSubmittedFileName(), content, image.getSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void findLecturers() {
        lecturerMatches = lecturers.matching(lecturerQuery).stream()
                .filter(match -> chosenLecturers.stream().noneMatch(chosen -> chosen.getId() == match.getId()))
                .toList();
    }

    /** Chosen lecturers are saved with the course's other fields. */
    public void chooseLecturer(LecturerView lecturer) {
        chosenLecturers.add(lecturer);
        lecturerMatches = lecturerMatches.stream().filter(match -> match.getId() != lecturer.getId()).toList();
    }

    public void unchooseLecturer(LecturerView lecturer) {
        chosenLecturers.removeIf(chosen -> chosen.getId() == lecturer.getId());
    }

    /** Adds a lecturer to the list every course can name, and chooses them for this one. */
    public void createLecturer() {
        LecturerDraft draft = new LecturerDraft(lecturerName, lecturerTitle, lecturerUnit, lecturerKind, null);
        long[] created = new long[1];
        if (TeachFaces.attempt(() -> created[0] = lecturers.create(actor(), draft), LECTURER_FIELDS)) {
            chosenLecturers.add(lecturers.find(created[0]));
            lecturerName = null;
            lecturerTitle = null;
            lecturerUnit = null;
            lecturerKind = null;
            TeachFaces.done("library.teach.lecturer.created");
        }
    }

    public void addLecture() {
        LectureDraft draft = new LectureDraft(lectureTitle, lectureSummary);
        if (TeachFaces.attempt(() -> courses.addLecture(actor(), id, draft), LECTURE_FIELDS)) {
            lectureTitle = null;
            lectureSummary = null;
            reload();
            TeachFaces.done("library.teach.lecture.added");
        }
    }

    public void moveUp(LectureView lecture) {
        move(lecture, lecture.getPosition() - 1);
    }

    public void moveDown(LectureView lecture) {
        move(lecture, lecture.getPosition() + 1);
    }

    /** Removing a lecture is asked back on the page first. */
    public void askToRemove(LectureView lecture) {
        lectureToRemove = lecture;
    }

    public void confirmRemove() {
        LectureView removing = lectureToRemove;
        lectureToRemove = null;
        if (removing != null && TeachFaces.attempt(() -> courses.removeLecture(actor(), removing.getId()), Map.of())) {
            reload();
            TeachFaces.done("library.teach.lecture.removed");
        }
    }

    public void cancelRemove() {
        lectureToRemove = null;
    }

    public void submitForReview() {
        statusChange(() -> courses.submitForReview(actor(), id), "library.teach.course.submitted");
    }

    public void publish() {
        statusChange(() -> courses.publish(actor(), id), "library.teach.course.published");
    }

    public void withdraw() {
        statusChange(() -> courses.withdraw(actor(), id), "library.teach.course.withdrawn");
    }

    private void statusChange(Runnable change, String doneKey) {
        if (TeachFaces.attempt(change, Map.of())) {
            reload();
            TeachFaces.done(doneKey);
        }
    }

    private void move(LectureView lecture, int position) {
        if (TeachFaces.attempt(() -> courses.moveLecture(actor(), lecture.getId(), position), Map.of())) {
            reload();
            TeachFaces.done("library.teach.lecture.moved");
        }
    }

    private void reload() {
        show(editableCourse(id));
    }

    private CourseView editableCourse(long courseId) {
        CourseView found = catalog.find(actor(), courseId);
        if (!found.isEditable()) {
            throw new AccessDeniedException("Not an editor of course " + courseId);
        }
        return found;
    }

    private void show(CourseView shown) {
        course = shown;
        title = shown.getTitle();
        summary = shown.getSummary();
        topicCode = shown.getTopicCode();
        abilities = new ArrayList<>(shown.getAbilities().stream().map(Ability::name).toList());
        level = shown.getLevel();
        creditHours = shown.getCreditHours();
        localityCode = shown.getLocalityCode();
        audience = shown.getAudience();
        chosenLecturers = new ArrayList<>(shown.getLecturers());
    }

    private Set<Ability> chosenAbilities() {
        Set<Ability> chosen = EnumSet.noneOf(Ability.class);
        abilities.stream().map(Ability::valueOf).forEach(chosen::add);
        return chosen;
    }

    private Actor actor() {
        return currentActor.require();
    }

    public boolean isCreating() {
        return id == null;
    }

    /** Platform administrators place courses in any locality; everyone else in their own. */
    public boolean isLocalityChoosable() {
        return actor().has(Role.PLATFORM_ADMIN);
    }

    public List<String> getLocalityCodes() {
        return Localities.CODES;
    }

    /** Who may see the course once published: the whole zone or one locality. */
    public List<String> getAudiences() {
        List<String> keys = new ArrayList<>(List.of(Audience.zone().key()));
        Localities.CODES.stream().filter(code -> !code.equals("ZONE")).map(code -> Audience.locality(code).key())
                .forEach(keys::add);
        if (!keys.contains(audience)) {
            keys.add(audience);
        }
        return keys;
    }

    /** The bundle key naming an audience: zone, a locality, or a group. */
    public String audienceLabelKey(String key) {
        return key.startsWith("locality:") ? "locality." + key.substring("locality:".length())
                : key.equals(Audience.zone().key()) ? "library.teach.audience.zone" : "library.teach.audience.group";
    }

    public List<String> getTopicCodes() {
        return topics.codes();
    }

    public List<Ability> getAbilityChoices() {
        return Arrays.asList(Ability.values());
    }

    public List<CourseLevel> getLevels() {
        return Arrays.asList(CourseLevel.values());
    }

    public List<LecturerKind> getLecturerKinds() {
        return Arrays.asList(LecturerKind.values());
    }

    public CourseView getCourse() {
        return course;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public void setTopicCode(String topicCode) {
        this.topicCode = topicCode;
    }

    public List<String> getAbilities() {
        return abilities;
    }

    public void setAbilities(List<String> abilities) {
        this.abilities = abilities;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public void setLevel(CourseLevel level) {
        this.level = level;
    }

    public BigDecimal getCreditHours() {
        return creditHours;
    }

    public void setCreditHours(BigDecimal creditHours) {
        this.creditHours = creditHours;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public void setLocalityCode(String localityCode) {
        this.localityCode = localityCode;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<LecturerView> getChosenLecturers() {
        return chosenLecturers;
    }

    public String getLecturerQuery() {
        return lecturerQuery;
    }

    public void setLecturerQuery(String lecturerQuery) {
        this.lecturerQuery = lecturerQuery;
    }

    public List<LecturerView> getLecturerMatches() {
        return lecturerMatches;
    }

    public String getLecturerName() {
        return lecturerName;
    }

    public void setLecturerName(String lecturerName) {
        this.lecturerName = lecturerName;
    }

    public String getLecturerTitle() {
        return lecturerTitle;
    }

    public void setLecturerTitle(String lecturerTitle) {
        this.lecturerTitle = lecturerTitle;
    }

    public String getLecturerUnit() {
        return lecturerUnit;
    }

    public void setLecturerUnit(String lecturerUnit) {
        this.lecturerUnit = lecturerUnit;
    }

    public LecturerKind getLecturerKind() {
        return lecturerKind;
    }

    public void setLecturerKind(LecturerKind lecturerKind) {
        this.lecturerKind = lecturerKind;
    }

    public String getLectureTitle() {
        return lectureTitle;
    }

    public void setLectureTitle(String lectureTitle) {
        this.lectureTitle = lectureTitle;
    }

    public String getLectureSummary() {
        return lectureSummary;
    }

    public void setLectureSummary(String lectureSummary) {
        this.lectureSummary = lectureSummary;
    }

    public String getCoverMaxSize() {
        return ByteSizes.readable(covers.maxSize());
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }

    public LectureView getLectureToRemove() {
        return lectureToRemove;
    }
}
