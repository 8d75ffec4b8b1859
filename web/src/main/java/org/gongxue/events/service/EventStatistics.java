package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongxue.events.model.EventSeries;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.time.ZoneClock;

/**
 * Figures of the events held in a period, per series and per locality: events held (per locality:
 * hosted), confirmed registrations (per locality: of its cadres), attendance, and how often the
 * recordings of the series' events were watched in the library that year (per locality: by its
 * cadres, see RecordingViews). Only events that
 * have started and were not cancelled count: a future event has no attendance yet. Counts only,
 * no names, for administrators of every locality (the localities compare their figures).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventStatistics {

    /** The platform began in 2026: no year before can have figures. */
    public static final int FIRST_YEAR = 2026;
    static final List<String> LOCALITIES = List.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    RecordingViews recordings;

    public List<StatisticsRow> perSeries(Actor actor, int year) {
        requireAdministrator(actor);
        Map<Object, Long> events = countEvents(year, "e.series.id");
        Map<Object, long[]> people = countRegistrations(year, "r.event.series.id");
        Map<Object, Long> watched = recordings.perSeries(year);
        return em.createQuery("select s from EventSeries s order by s.id", EventSeries.class).getResultStream()
                .map(series -> row(series.getId().toString(),
                        series.getCode() == null ? null : "events.series.code." + series.getCode(), series.getTitle(),
                        series.getId(), events, people, watched))
                .toList();
    }

    public List<StatisticsRow> perLocality(Actor actor, int year) {
        requireAdministrator(actor);
        Map<Object, Long> hosted = countEvents(year, "e.hostLocalityCode");
        Map<Object, long[]> people = countRegistrations(year, "r.localityCode");
        Map<Object, Long> watched = recordings.perLocality(year);
        return LOCALITIES.stream().map(code -> row(code, "locality." + code, null, code, hosted, people, watched))
                .toList();
    }

    private static StatisticsRow row(String key, String nameKey, String title, Object group,
                                     Map<Object, Long> events, Map<Object, long[]> people, Map<Object, Long> watched) {
        long[] registered = people.getOrDefault(group, new long[2]);
        return new StatisticsRow(key, nameKey, title, events.getOrDefault(group, 0L), registered[0], registered[1],
                watched.getOrDefault(group, 0L));
    }

    private Map<Object, Long> countEvents(int year, String groupBy) {
        return em.createQuery("select " + groupBy + ", count(e) from Event e where e.status = :held"
                        + " and e.startsAt >= :from and e.startsAt < :to group by " + groupBy, Object[].class)
                .setParameter("held", EventStatus.SCHEDULED)
                .setParameter("from", from(year))
                .setParameter("to", to(year))
                .getResultStream().collect(Collectors.toMap(row -> row[0], row -> (Long) row[1]));
    }

    /** Confirmed registrations and how many of them checked in, by the given grouping. */
    private Map<Object, long[]> countRegistrations(int year, String groupBy) {
        return em.createQuery("select " + groupBy + ", count(r), count(r.checkedInAt) from Registration r"
                        + " where r.status = :confirmed and r.event.status = :held"
                        + " and r.event.startsAt >= :from and r.event.startsAt < :to group by " + groupBy,
                        Object[].class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("held", EventStatus.SCHEDULED)
                .setParameter("from", from(year))
                .setParameter("to", to(year))
                .getResultStream().collect(Collectors.toMap(row -> row[0],
                        row -> new long[] {(Long) row[1], (Long) row[2]}, (a, b) -> a, HashMap::new));
    }

    private static LocalDateTime from(int year) {
        return LocalDateTime.of(year, 1, 1, 0, 0);
    }

    /** The end of the year, or now while it lasts: only events that have started count. */
    private static LocalDateTime to(int year) {
        LocalDateTime end = LocalDateTime.of(year + 1, 1, 1, 0, 0);
        LocalDateTime now = ZoneClock.now();
        return now.isBefore(end) ? now : end;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("Statistics are for administrators");
        }
    }
}
