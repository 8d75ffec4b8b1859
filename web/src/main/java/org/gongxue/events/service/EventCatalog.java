package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gongxue.events.model.Event;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Visibility;

/**
 * Reads events for one reader, hiding what they may not see ("not found" either way): pages, the
 * REST API and the calendar feeds all list events through it.
 */
@ApplicationScoped
@Transactional // read-only, but in one transaction: views read the events' lazy speakers
public class EventCatalog {

    /** More events than this in one window is a query to narrow, not a calendar to draw. */
    static final int MAX_EVENTS = 500;
    private static final List<String> LOCALITY_ORDER = List.of("QINGPU", "WUJIANG", "JIASHAN");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRules rules;

    @Inject
    Visibility visibility;

    @Inject
    SeatLedger seats;

    public EventView find(Actor reader, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !rules.maySee(reader, visibility.audiencesOf(reader), event)) {
            throw new EventNotFoundException("event " + eventId);
        }
        return view(reader, event, seats.counts(List.of(event.getId())));
    }

    /**
     * The events the reader may see that start in [from, to), by start time, optionally of one
     * series and of one host locality.
     */
    public List<EventView> visibleTo(Actor reader, EventWindow window) {
        AudienceSet audiences = visibility.audiencesOf(reader);
        List<Event> visible = query(window).getResultStream().filter(event -> rules.maySee(reader, audiences, event))
                .toList();
        List<Long> ids = visible.stream().map(Event::getId).toList();
        loadSpeakers(ids);
        Map<Long, Map<String, long[]>> counts = seats.counts(ids);
        return visible.stream().map(event -> view(reader, event, counts)).toList();
    }

    /**
     * Loads the speakers of all these events in one query, into the events already read (the
     * persistence context holds them), so that the views do not ask once per event.
     */
    private void loadSpeakers(List<Long> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createQuery("select distinct e from Event e left join fetch e.speakers where e.id in :ids", Event.class)
                    .setParameter("ids", eventIds).getResultList();
        }
    }

    private TypedQuery<Event> query(EventWindow window) {
        StringBuilder jpql = new StringBuilder("select e from Event e where e.startsAt >= :from and e.startsAt < :to");
        if (window.seriesId() != null) {
            jpql.append(" and e.series.id = :series");
        }
        if (window.hostLocalityCode() != null) {
            jpql.append(" and e.hostLocalityCode = :host");
        }
        TypedQuery<Event> query = em.createQuery(jpql.append(" order by e.startsAt, e.id").toString(), Event.class)
                .setParameter("from", window.from())
                .setParameter("to", window.to())
                .setMaxResults(MAX_EVENTS);
        if (window.seriesId() != null) {
            query.setParameter("series", window.seriesId());
        }
        if (window.hostLocalityCode() != null) {
            query.setParameter("host", window.hostLocalityCode());
        }
        return query;
    }

    private EventView view(Actor reader, Event event, Map<Long, Map<String, long[]>> counts) {
        Map<String, long[]> ofEvent = counts.getOrDefault(event.getId(), Map.of());
        List<QuotaView> quotas = event.getQuotas().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(EventCatalog::byLocalityOrder))
                .map(quota -> {
                    long[] figures = ofEvent.getOrDefault(quota.getKey(), new long[2]);
                    return new QuotaView(quota.getKey(), quota.getValue(), figures[0], figures[1]);
                })
                .toList();
        return new EventView(event, quotas, rules.mayOrganize(reader, event));
    }

    private static int byLocalityOrder(String a, String b) {
        return Integer.compare(LOCALITY_ORDER.indexOf(a), LOCALITY_ORDER.indexOf(b));
    }

    /** Which events to list: a window of start times and optional filters. */
    public record EventWindow(LocalDateTime from, LocalDateTime to, Long seriesId, String hostLocalityCode) {
    }
}
