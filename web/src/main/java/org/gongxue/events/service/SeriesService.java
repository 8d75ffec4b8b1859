package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.EventSeries;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/** The series events belong to. Everyone signed in sees them all; organisers start new ones. */
@ApplicationScoped
@Transactional
public class SeriesService {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRules rules;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesView> all() {
        return em.createQuery("select s from EventSeries s order by s.id", EventSeries.class)
                .getResultStream().map(SeriesView::new).toList();
    }

    /** A series is started by its locality's administrators; a shared one by the chair of today. */
    public long create(Actor actor, SeriesDraft draft) {
        String locality = draft.localityCode() == null ? actor.localityCode() : draft.localityCode();
        if (!EventDraftChecks.HOSTS.contains(locality) || !rules.mayOrganize(actor, locality, ZoneClock.today())) {
            throw new AccessDeniedException("Not an organiser of " + locality);
        }
        List<Problem> problems = new ArrayList<>();
        if (EventDraftChecks.isBlank(draft.title())) {
            problems.add(Problem.of("title", "events.series.title.required"));
        } else if (draft.title().strip().length() > MAX_TITLE) {
            problems.add(Problem.of("title", "events.series.title.tooLong"));
        }
        if (!EventDraftChecks.isBlank(draft.summary()) && draft.summary().strip().length() > MAX_SUMMARY) {
            problems.add(Problem.of("summary", "events.series.summary.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EventSeries series = new EventSeries(draft.title().strip(), locality);
        series.setSummary(EventDraftChecks.strippedOrNull(draft.summary()));
        em.persist(series);
        audit.record(actor, AuditAction.SERIES_CREATED, "series:" + series.getId(), series.getTitle());
        return series.getId();
    }
}
