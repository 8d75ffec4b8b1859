package org.gongxue.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.gongxue.events.service.EventStatistics;
import org.gongxue.events.service.StatisticsRow;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.time.ZoneClock;

/**
 * The events' figures for administrators ({@code events/statistics.xhtml?year=…}): per series and
 * per locality, with attendance as bars beside the numbers, and the Excel workbook of the same.
 */
@Named
@RequestScoped
public class EventStatisticsPage {

    @Inject
    CurrentActor actor;

    @Inject
    EventStatistics statistics;

    private String year;
    private List<StatisticsRow> perSeries;
    private List<StatisticsRow> perLocality;

    public int getChosenYear() {
        return getYears().stream().filter(y -> Integer.toString(y).equals(year)).findFirst()
                .orElse(ZoneClock.today().getYear());
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(EventStatistics.FIRST_YEAR,
                Math.max(EventStatistics.FIRST_YEAR, ZoneClock.today().getYear())).boxed().toList();
    }

    public List<StatisticsRow> getPerSeries() {
        if (perSeries == null) {
            perSeries = statistics.perSeries(actor.require(), getChosenYear());
        }
        return perSeries;
    }

    public List<StatisticsRow> getPerLocality() {
        if (perLocality == null) {
            perLocality = statistics.perLocality(actor.require(), getChosenYear());
        }
        return perLocality;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
