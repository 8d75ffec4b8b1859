package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.library.model.Lecturer;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/** The lecturers courses name: a simple list for now, which the faculty pool will grow. */
@ApplicationScoped
@Transactional
public class LecturerService {

    static final int MAX_NAME = 100;
    static final int MAX_LINE = 200;
    private static final int MAX_MATCHES = 20;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    AuditLog audit;

    public long create(Actor actor, LecturerDraft draft) {
        if (!CourseRules.mayAuthor(actor)) {
            throw new AccessDeniedException("Only teachers and administrators add lecturers");
        }
        List<Problem> problems = new ArrayList<>();
        CourseDraftChecks.text(problems, "name", draft.name(), MAX_NAME, true);
        CourseDraftChecks.text(problems, "title", draft.title(), MAX_LINE, false);
        CourseDraftChecks.text(problems, "unitName", draft.unitName(), MAX_LINE, false);
        if (draft.kind() == null) {
            problems.add(Problem.of("kind", "library.lecturer.kind.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String locality = draft.localityCode() == null || !actor.mayAdminister(draft.localityCode())
                ? actor.localityCode() : draft.localityCode();
        Lecturer lecturer = new Lecturer(draft.name().strip(), draft.kind(), locality);
        lecturer.setTitle(CourseDraftChecks.strippedOrNull(draft.title()));
        lecturer.setUnitName(CourseDraftChecks.strippedOrNull(draft.unitName()));
        em.persist(lecturer);
        audit.record(actor, AuditAction.LECTURER_CREATED, "lecturer:" + lecturer.getId(), lecturer.getName());
        return lecturer.getId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LecturerView find(long id) {
        Lecturer lecturer = em.find(Lecturer.class, id);
        if (lecturer == null) {
            throw new CourseNotFoundException("Lecturer " + id);
        }
        return new LecturerView(lecturer);
    }

    /** Lecturers whose name contains the text (blank: the first ones by name), for pickers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LecturerView> matching(String text) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select l from Lecturer l where lower(l.name) like :pattern escape '\\'"
                        + " order by l.name, l.id", Lecturer.class)
                .setParameter("pattern", pattern)
                .setMaxResults(MAX_MATCHES)
                .getResultStream().map(LecturerView::new).toList();
    }

}
