package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongxue.events.service.CheckInService;
import org.gongxue.events.service.EventDraft;
import org.gongxue.events.service.EventService;
import org.gongxue.events.service.EventStatistics;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.StatisticsRow;
import org.gongxue.events.service.StatisticsWorkbook;
import org.gongxue.people.service.Actors;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonDraft;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events' figures count what happened: an event held with two confirmed registrations of which
 * one came adds one event, two registrations and one attendance to its series and localities; the
 * Excel workbook, read back with POI, holds the same figures.
 */
@ExtendWith(ArquillianExtension.class)
class EventStatisticsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(EventStatisticsIT.class);
    }

    @Inject
    EventStatistics statistics;

    @Inject
    EventService events;

    @Inject
    SeriesService series;

    @Inject
    RegistrationService registrations;

    @Inject
    CheckInService checkIns;

    @Inject
    PeopleService people;

    @Inject
    Actors actors;

    @Test
    void anEventHeldAddsItsRegistrationsAndAttendanceAndTheWorkbookSaysTheSame() throws Exception {
        Actor admin = actor("admin.wujiang");
        int year = ZoneClock.today().getYear();
        StatisticsRow before = wujiang(statistics.perLocality(admin, year));
        long fourNew = series.all().stream().filter(s -> "FOUR_NEW".equals(s.getCode())).findFirst().orElseThrow().getId();
        LocalDateTime later = LocalDate.now().plusDays(5).atTime(9, 0);
        long event = events.create(admin, draft(fourNew, later));
        Actor came = cadre();
        registrations.register(came, event);
        registrations.register(cadre(), event);
        // The event takes place: it moves to the past (a minute ago) and one of the two comes.
        events.update(admin, event, draft(fourNew, ZoneClock.now().minusMinutes(1)));
        checkIns.checkIn(admin, event, registrations.checkInCode(came, event));

        StatisticsRow after = wujiang(statistics.perLocality(admin, year));
        assertThat(after.getEvents() - before.getEvents()).isEqualTo(1);
        assertThat(after.getRegistrations() - before.getRegistrations()).isEqualTo(2);
        assertThat(after.getAttended() - before.getAttended()).isEqualTo(1);
        assertThatThrownBy(() -> statistics.perSeries(actor("cadre.wujiang"), year))
                .isInstanceOf(AccessDeniedException.class);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        List<StatisticsRow> perSeries = statistics.perSeries(admin, year);
        StatisticsWorkbook.write(year, perSeries, statistics.perLocality(admin, year), Locale.CHINESE, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet bySeries = workbook.getSheetAt(0);
            assertThat(bySeries.getRow(0).getCell(2).getStringCellValue()).isEqualTo("报名人数");
            Row fourNewRow = rowNamed(bySeries, "四新讲座");
            StatisticsRow fourNewFigures = perSeries.stream().filter(r -> r.getKey().equals(Long.toString(fourNew)))
                    .findFirst().orElseThrow();
            assertThat(fourNewRow.getCell(2).getNumericCellValue()).isEqualTo(fourNewFigures.getRegistrations());
            assertThat(fourNewRow.getCell(3).getNumericCellValue()).isEqualTo(fourNewFigures.getAttended());
            assertThat(rowNamed(workbook.getSheetAt(1), "吴江区").getCell(3).getNumericCellValue())
                    .isEqualTo(after.getAttended());
        }
    }

    private static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row " + name);
    }

    private static StatisticsRow wujiang(List<StatisticsRow> rows) {
        return rows.stream().filter(row -> row.getKey().equals("WUJIANG")).findFirst().orElseThrow();
    }

    private static EventDraft draft(long seriesId, LocalDateTime startsAt) {
        return new EventDraft(seriesId, "新质生产力与县域产业升级", null, startsAt, startsAt.plusHours(2),
                "吴江区委党校", null, "WUJIANG", "zone", false, 0, Map.of("WUJIANG", 5), List.of(), null);
    }

    private Actor cadre() {
        String username = "cadre.st" + System.nanoTime();
        people.create(actor("platform.admin"), new PersonDraft(username, "统计学员", "WUJIANG", null, null, null, null,
                Set.of(Role.CADRE), "Statistics2026"));
        return actor(username);
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }
}
