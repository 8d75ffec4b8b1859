package org.gongxue.events.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongxue.events.service.demo.DemoProgrammeContent.DemoEvent;
import org.junit.jupiter.api.Test;

class DemoProgrammeContentTest {

    private static final List<String> LOCALITIES = List.of("QINGPU", "WUJIANG", "JIASHAN");

    private final DemoProgrammeContent content = DemoProgrammeContent.load();

    @Test
    void bothSeriesHaveLecturesAheadAndOneWasHeldAlready() {
        assertThat(content.events()).filteredOn(event -> event.inDays() > 0).extracting(DemoEvent::series)
                .contains("GRAND_CLASSROOM", "FOUR_NEW");
        assertThat(content.events()).filteredOn(event -> event.inDays() < 0).hasSize(1)
                .allSatisfy(past -> assertThat(past.registrants()).as("nobody registers for the past").isEmpty());
    }

    @Test
    void everyLectureHasKnownSpeakersSeatsForEachLocalityAndAPlaceToBe() {
        List<String> speakers = content.speakers().stream().map(DemoProgrammeContent.DemoSpeaker::name).toList();
        assertThat(content.events()).allSatisfy(event -> {
            assertThat(event.speakers()).isNotEmpty().isSubsetOf(speakers);
            assertThat(event.quotas().keySet()).containsExactlyInAnyOrderElementsOf(LOCALITIES);
            assertThat(event.place() != null || event.onlineUrl() != null).as(event.title()).isTrue();
            assertThat(event.minutes()).isPositive();
        });
    }

    @Test
    void theMeetingHasAttendeesOfEachLocalityAndResolutionsTheyOwn() {
        assertThat(content.meeting().attendees()).extracting(DemoProgrammeContent.DemoAttendee::locality)
                .containsAll(LOCALITIES);
        assertThat(content.meeting().resolutions()).extracting(DemoProgrammeContent.DemoResolution::owner)
                .containsExactlyInAnyOrderElementsOf(LOCALITIES);
        assertThat(content.meeting().resolutions()).allSatisfy(r -> assertThat(r.dueInDays()).isPositive());
    }
}
