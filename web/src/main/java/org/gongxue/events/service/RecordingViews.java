package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Recordings watched": the library's lecture views (one per person, lecture and day) of the
 * courses that events became, in a calendar year, per series of the event and per locality of the
 * viewer. Views are counted by the day they happened, whenever the event was held.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class RecordingViews {

    private static final String VIEWS_OF_EVENT_COURSES = " from lecture_view v"
            + " join lecture l on l.id = v.lecture_id"
            + " join event_course c on c.course_id = l.course_id"
            + " join event e on e.id = c.event_id"
            + " join person p on p.id = v.person_id"
            + " where v.view_day >= ?1 and v.view_day < ?2";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    /** Views by series id. */
    Map<Object, Long> perSeries(int year) {
        return count("e.series_id", year);
    }

    /** Views by the viewer's locality code. */
    Map<Object, Long> perLocality(int year) {
        return count("p.locality_code", year);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Long> count(String groupBy, int year) {
        List<Object[]> rows = em.createNativeQuery("select " + groupBy + ", count(*)" + VIEWS_OF_EVENT_COURSES
                        + " group by " + groupBy)
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, LocalDate.of(year + 1, 1, 1))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> row[0] instanceof Number id ? (Object) id.longValue()
                : row[0], row -> ((Number) row[1]).longValue()));
    }
}
