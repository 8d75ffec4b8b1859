package org.gongxue.events.service.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermDraft;
import org.gongxue.chair.service.ChairTermView;
import org.gongxue.chair.service.MeetingDraft;
import org.gongxue.chair.service.ResolutionDraft;
import org.gongxue.chair.service.WorkMeetingService;
import org.gongxue.events.model.EventKind;
import org.gongxue.events.service.EventDraft;
import org.gongxue.events.service.EventService;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.SeriesView;
import org.gongxue.events.service.demo.DemoProgrammeContent.DemoEvent;
import org.gongxue.events.service.demo.DemoProgrammeContent.DemoMeeting;
import org.gongxue.events.service.demo.DemoProgrammeContent.DemoResolution;
import org.gongxue.events.service.demo.DemoProgrammeContent.DemoSpeaker;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.LecturerView;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.platform.setup.DemoSeed;
import org.gongxue.platform.time.ZoneClock;

/**
 * The demo programme a newcomer finds on the embedded default (see {@link DemoSeed}): the chair
 * rotation around today, lectures of both series in the weeks ahead and one held already, the demo
 * cadres registered, and a work meeting of the current chair. Dates count from the day of seeding.
 *
 * <p>Written through the services organisers and cadres use, in one transaction:
 * a failure leaves nothing half-written, and the retried event starts again from an empty
 * programme. The platform administrator records the rotation and organises the zone's lectures;
 * each locality's administrator organises the lectures it hosts; the current chair's
 * administrator convenes the work meeting.
 */
@ApplicationScoped
public class DemoProgrammeSeeder implements DemoSeed {

    /** The order in which the localities take the chair, one half-year each. */
    private static final List<String> ROTATION = List.of("QINGPU", "WUJIANG", "JIASHAN");
    private static final String ZONE = "ZONE";
    private static final String PLATFORM_ADMIN = "platform.admin";
    private static final String TOPIC = "events.demo.seed";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ChairCalendar chair;

    @Inject
    WorkMeetingService meetings;

    @Inject
    SeriesService series;

    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    LecturerService lecturers;

    @Inject
    Actors actors;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult() == 0;
    }

    /** Seeds unless something is there already: an event handled twice writes the demo once. */
    @Override
    @Transactional
    public void handle(OutboxMessage message) {
        if (isEmpty()) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        DemoProgrammeContent content = DemoProgrammeContent.load();
        LocalDate today = ZoneClock.today();
        if (chair.terms().isEmpty()) {
            recordRotation(today);
        }
        Map<String, Long> speakers = content.speakers().stream()
                .collect(Collectors.toMap(DemoSpeaker::name, this::lecturerId));
        // Series a locality started have no code (and there may be several): only the coded ones are named.
        Map<String, Long> seriesByCode = series.all().stream().filter(s -> s.getCode() != null)
                .collect(Collectors.toMap(SeriesView::getCode, SeriesView::getId));
        for (DemoEvent event : content.events()) {
            organise(event, today, seriesByCode, speakers);
        }
        convene(content.meeting(), today);
    }

    /** The previous, the current and the next half-year, each chaired by the next locality in turn. */
    private void recordRotation(LocalDate today) {
        Actor admin = actors.demoAccount(PLATFORM_ADMIN);
        LocalDate currentStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        for (int offset = -1; offset <= 1; offset++) {
            LocalDate start = currentStart.plusMonths(6L * offset);
            int halfYear = start.getYear() * 2 + (start.getMonthValue() - 1) / 6;
            chair.addTerm(admin, new ChairTermDraft(ROTATION.get(halfYear % ROTATION.size()), start,
                    start.plusMonths(6).minusDays(1)));
        }
    }

    private void organise(DemoEvent event, LocalDate today, Map<String, Long> seriesByCode, Map<String, Long> speakers) {
        Actor organiser = actors.demoAccount(ZONE.equals(event.host()) ? PLATFORM_ADMIN : "admin." + lower(event.host()));
        LocalDateTime startsAt = today.plusDays(event.inDays()).atTime(event.startsAt());
        LocalDateTime endsAt = startsAt.plusMinutes(event.minutes());
        Long seriesId = seriesByCode.get(event.series());
        if (seriesId == null) {
            throw new IllegalStateException("programme.json names an unknown series: " + event.series());
        }
        long eventId = events.create(organiser, new EventDraft(seriesId, event.title(), event.summary(), startsAt,
                endsAt, event.place(), event.onlineUrl(), event.host(), event.audience(), event.approvalRequired(),
                event.waitingLimit(), event.quotas(), event.speakers().stream().map(name -> speakerId(speakers, name)).toList(),
                EventKind.LECTURE));
        for (String cadre : event.registrants()) {
            registrations.register(actors.demoAccount(cadre), eventId);
        }
    }

    /** The meeting falls in the current chair's term, convened by that locality's administrator. */
    private void convene(DemoMeeting meeting, LocalDate today) {
        ChairTermView term = chair.on(today)
                .orElseThrow(() -> new IllegalStateException("The demo meeting needs a chair today"));
        LocalDate heldOn = today.minusDays(meeting.daysAgo());
        if (heldOn.isBefore(term.getStartsOn())) {
            heldOn = term.getStartsOn();
        }
        Actor convener = actors.demoAccount("admin." + lower(term.getLocalityCode()));
        long meetingId = meetings.create(convener, new MeetingDraft(meeting.title(), heldOn, meeting.place(),
                meeting.agenda(), meeting.attendees().stream()
                        .map(a -> new MeetingDraft.AttendeeDraft(a.locality(), a.name())).toList()));
        meetings.recordMinutes(convener, meetingId, meeting.minutes());
        for (DemoResolution resolution : meeting.resolutions()) {
            long resolutionId = meetings.addResolution(convener, meetingId,
                    new ResolutionDraft(resolution.text(), resolution.owner(), today.plusDays(resolution.dueInDays())));
            if (resolution.progress() != null) {
                meetings.addProgress(actors.demoAccount("admin." + lower(resolution.owner())), resolutionId, resolution.progress());
            }
        }
    }

    /** Lecturers are shared with the library: one of the same name is used rather than doubled. */
    private long lecturerId(DemoSpeaker speaker) {
        return lecturers.matching(speaker.name()).stream()
                .filter(existing -> existing.getName().equals(speaker.name()))
                .findFirst()
                .map(LecturerView::getId)
                .orElseGet(() -> lecturers.create(actors.demoAccount(PLATFORM_ADMIN), new LecturerDraft(speaker.name(),
                        speaker.title(), speaker.unit(), speaker.kind(), speaker.locality())));
    }

    private static long speakerId(Map<String, Long> speakers, String name) {
        Long id = speakers.get(name);
        if (id == null) {
            throw new IllegalStateException("programme.json names an unknown speaker: " + name);
        }
        return id;
    }

    private static String lower(String localityCode) {
        return localityCode.toLowerCase(Locale.ROOT);
    }
}
