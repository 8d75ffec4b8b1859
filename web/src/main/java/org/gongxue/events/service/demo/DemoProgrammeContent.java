package org.gongxue.events.service.demo;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongxue.library.model.LecturerKind;
import org.gongxue.platform.setup.BundledJson;

/**
 * The demo programme as the project wrote it ({@code programme.json} next to this class). Days
 * count from the day of seeding, so that a newcomer always finds lectures ahead of them.
 */
public record DemoProgrammeContent(List<DemoSpeaker> speakers, List<DemoEvent> events, DemoMeeting meeting) {

    public record DemoSpeaker(String name, String title, String unit, LecturerKind kind, String locality) {
    }

    public record DemoEvent(String series, String title, String summary, int inDays, LocalTime startsAt, int minutes,
                            String place, String onlineUrl, String host, String audience, boolean approvalRequired,
                            int waitingLimit, Map<String, Integer> quotas, List<String> speakers, List<String> registrants) {
    }

    public record DemoMeeting(int daysAgo, String title, String place, String agenda, List<DemoAttendee> attendees,
                              String minutes, List<DemoResolution> resolutions) {
    }

    public record DemoAttendee(String locality, String name) {
    }

    public record DemoResolution(String text, String owner, int dueInDays, String progress) {
    }

    static DemoProgrammeContent load() {
        return BundledJson.read(DemoProgrammeContent.class, "programme.json", DemoProgrammeContent.class);
    }
}
