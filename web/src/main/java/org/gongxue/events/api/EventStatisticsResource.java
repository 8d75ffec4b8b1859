package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.gongxue.events.service.EventStatistics;
import org.gongxue.events.service.StatisticsRow;
import org.gongxue.events.service.StatisticsWorkbook;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.api.ProblemMappers;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * {@code GET /api/events/statistics?year=…}: the events' figures per series and per locality, for
 * administrators; {@code …/workbook} gives the same as an Excel workbook.
 */
@Path("events/statistics")
@RequestScoped
@RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventStatisticsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    @Inject
    CurrentActor actor;

    @Inject
    EventStatistics statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Figures figures(@QueryParam("year") Integer year) {
        int chosen = year(year);
        return new Figures(chosen, statistics.perSeries(actor.require(), chosen),
                statistics.perLocality(actor.require(), chosen));
    }

    @GET
    @Path("workbook")
    @Produces(XLSX)
    public Response workbook(@QueryParam("year") Integer year, @Context HttpHeaders headers) {
        Figures figures = figures(year);
        StreamingOutput body = out -> StatisticsWorkbook.write(figures.year(), figures.series(), figures.localities(),
                ProblemMappers.locale(headers), out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"gongxue-events-" + figures.year() + ".xlsx\"")
                .build();
    }

    static int year(Integer year) {
        int thisYear = ZoneClock.today().getYear();
        if (year == null) {
            return thisYear;
        }
        if (year < EventStatistics.FIRST_YEAR || year > thisYear) {
            throw InvalidInputException.of("year", "events.statistics.year.invalid");
        }
        return year;
    }

    /** The figures of one year. */
    public record Figures(int year, List<StatisticsRow> series, List<StatisticsRow> localities) {
    }
}
