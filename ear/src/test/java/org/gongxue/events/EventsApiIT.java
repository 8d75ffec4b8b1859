package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.gongxue.testing.Api;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.QrSvg;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events over REST as scripts and the pages' JavaScript use them: registration refusals with a
 * clear message, editing another locality's event, check-in with the QR code read back (forged and
 * other events' codes refused), and calendar feeds parsed back with ical4j that hold exactly the
 * events their owner may see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern URL_FIELD = Pattern.compile("\"url\":\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void registeringTwiceIsRefusedWithAClearMessageAndChangesNothing() {
        long event = createEvent("admin.qingpu", "QINGPU", "zone", "{\"QINGPU\":3}", grandClassroom());

        HttpResponse<String> first = post("cadre.qingpu", "api/events/" + event + "/registration");
        HttpResponse<String> again = post("cadre.qingpu", "api/events/" + event + "/registration");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"status\":\"CONFIRMED\"");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("events.registration.already", "您已经报名了这个活动");
        assertThat(api.get("admin.qingpu", DEMO_PASSWORD, "api/events/" + event).body()).contains("\"taken\":1");
    }

    @Test
    void anotherLocalitysAdministratorCannotEditTheEventNorACadreCreateOne() {
        long event = createEvent("admin.qingpu", "QINGPU", "zone", "{\"QINGPU\":3}", grandClassroom());
        String takeover = eventJson("WUJIANG", "zone", "{\"WUJIANG\":30}", grandClassroom(), "被改的标题");

        HttpResponse<String> edit = api.json("PUT", "admin.wujiang", DEMO_PASSWORD, "api/events/" + event, takeover);
        HttpResponse<String> create = api.json("POST", "cadre.qingpu", DEMO_PASSWORD, "api/events", takeover);

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(api.get("admin.qingpu", DEMO_PASSWORD, "api/events/" + event).body())
                .contains("\"hostLocalityCode\":\"QINGPU\"").doesNotContain("被改的标题");
    }

    @Test
    void checkInAcceptsTheRegistrationsQrCodeOnceAndRefusesForgedAndForeignCodes() {
        long event = createEvent("admin.wujiang", "WUJIANG", "zone", "{\"WUJIANG\":5}", grandClassroom());
        long otherEvent = createEvent("admin.wujiang", "WUJIANG", "zone", "{\"WUJIANG\":5}", grandClassroom());
        post("cadre.wujiang", "api/events/" + event + "/registration");
        post("cadre.wujiang", "api/events/" + otherEvent + "/registration");
        HttpResponse<String> qr = api.get("cadre.wujiang", DEMO_PASSWORD, "api/events/" + event + "/registration/qr.svg");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        String code = QrSvg.decode(qr.body());
        String otherCode = QrSvg.decode(api.get("cadre.wujiang", DEMO_PASSWORD,
                "api/events/" + otherEvent + "/registration/qr.svg").body());
        String checkIns = "api/events/" + event + "/registrations/check-ins";

        assertThat(checkIn("admin.wujiang", checkIns, "x".repeat(43)).body()).contains("events.checkIn.unknownCode");
        assertThat(checkIn("admin.wujiang", checkIns, "<script>").body()).contains("events.checkIn.unknownCode");
        assertThat(checkIn("admin.wujiang", checkIns, otherCode).body()).contains("events.checkIn.otherEvent");
        assertThat(checkIn("cadre.wujiang", checkIns, code).statusCode()).isEqualTo(403);
        assertThat(checkIn("admin.qingpu", checkIns, code).statusCode()).isEqualTo(403);
        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/events/" + event + "/registration/qr.svg")
                .statusCode()).isEqualTo(404);
        assertThat(api.get("admin.wujiang", DEMO_PASSWORD, "api/events/" + event + "/registrations").body())
                .doesNotContain("checkedInAt\":\"2");

        HttpResponse<String> accepted = checkIn("admin.wujiang", checkIns, code);
        HttpResponse<String> secondScan = checkIn("admin.wujiang", checkIns, code);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"alreadyCheckedIn\":false", "\"localityCode\":\"WUJIANG\"");
        assertThat(secondScan.body()).contains("\"alreadyCheckedIn\":true");
        assertThat(api.get("admin.wujiang", DEMO_PASSWORD, "api/events/" + event + "/registrations").body())
                .contains("\"checkedIn\":true");
    }

    @Test
    void theCalendarFeedHoldsExactlyTheEventsItsOwnerMaySee() throws Exception {
        long fourNew = seriesId("FOUR_NEW");
        long qingpuOnly = createEvent("admin.qingpu", "QINGPU", "locality:QINGPU", "{\"QINGPU\":3}", fourNew);
        long wujiangOnly = createEvent("admin.wujiang", "WUJIANG", "locality:WUJIANG", "{\"WUJIANG\":3}", fourNew);
        long forEveryone = createEvent("admin.jiashan", "JIASHAN", "zone", "{\"JIASHAN\":3}", grandClassroom());
        String feed = feedAddress("cadre.wujiang");

        Set<String> inFeed = uids(fetch(feed));
        Set<String> inSeriesFeed = uids(fetch(feed + "?series=" + fourNew));

        assertThat(inFeed).contains(uid(wujiangOnly), uid(forEveryone)).doesNotContain(uid(qingpuOnly));
        assertThat(inFeed).isEqualTo(ids(api.get("cadre.wujiang", DEMO_PASSWORD, "api/events").body()));
        assertThat(inSeriesFeed).isEqualTo(ids(api.get("cadre.wujiang", DEMO_PASSWORD,
                "api/events?series=" + fourNew).body())).contains(uid(wujiangOnly)).doesNotContain(uid(forEveryone));
        assertThat(fetch(feed.replaceAll("/[^/]+\\.ics$", "/" + "A".repeat(43) + ".ics")).statusCode()).isEqualTo(404);
    }

    @Test
    void aReplacedFeedAddressStopsWorking() {
        String old = feedAddress("cadre.jiashan");
        HttpResponse<String> replaced = post("cadre.jiashan", "api/calendar-feed");
        Matcher url = URL_FIELD.matcher(replaced.body());
        assertThat(url.find()).isTrue();

        assertThat(fetch(old).statusCode()).isEqualTo(404);
        assertThat(fetch(url.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void organisingPagesAndStatisticsAreForAdministratorsOnly() {
        WebSession cadre = new WebSession(base);
        cadre.signIn("cadre.jiashan", DEMO_PASSWORD);

        assertThat(cadre.get("events/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(cadre.get("events/edit.xhtml").statusCode()).isEqualTo(403);
        assertThat(cadre.get("events/statistics.xhtml").statusCode()).isEqualTo(403);
        assertThat(api.get("cadre.jiashan", DEMO_PASSWORD, "api/events/statistics").statusCode()).isEqualTo(403);
        HttpResponse<String> figures = api.get("admin.jiashan", DEMO_PASSWORD, "api/events/statistics?year=1999");
        assertThat(figures.statusCode()).isEqualTo(400);
        assertThat(figures.body()).contains("events.statistics.year.invalid");
        HttpResponse<String> workbook = api.get("admin.jiashan", DEMO_PASSWORD, "api/events/statistics/workbook");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        assertThat(workbook.body()).startsWith("PK");
    }

    private HttpResponse<String> fetch(String address) {
        return api.send(HttpRequest.newBuilder(URI.create(address)).GET().build());
    }

    private static Set<String> uids(HttpResponse<String> feed) throws Exception {
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> event.getUid().orElseThrow().getValue()).collect(Collectors.toSet());
    }

    /** The UIDs the feed would give the events of a listing. */
    private static Set<String> ids(String listing) {
        Matcher id = Pattern.compile("\\{\"approvalRequired\":[^{]*?\"id\":(\\d+)").matcher(listing);
        return id.results().map(m -> uid(Long.parseLong(m.group(1)))).collect(Collectors.toSet());
    }

    private static String uid(long eventId) {
        return "event-" + eventId + "@gongxue";
    }

    private String feedAddress(String username) {
        Matcher url = URL_FIELD.matcher(api.get(username, DEMO_PASSWORD, "api/calendar-feed").body());
        assertThat(url.find()).isTrue();
        return url.group(1);
    }

    private HttpResponse<String> checkIn(String username, String path, String code) {
        return api.json("POST", username, DEMO_PASSWORD, path, "{\"code\":\"" + code + "\"}");
    }

    private HttpResponse<String> post(String username, String path) {
        return api.send(api.request(path, username, DEMO_PASSWORD).header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private long createEvent(String admin, String host, String audience, String quotas, long seriesId) {
        HttpResponse<String> created = api.json("POST", admin, DEMO_PASSWORD, "api/events",
                eventJson(host, audience, quotas, seriesId, "数字经济与县域发展"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String eventJson(String host, String audience, String quotas, long seriesId, String title) {
        String day = LocalDate.now().plusDays(15).toString();
        return """
                {"seriesId":%d,"title":"%s","summary":"四新讲座","startsAt":"%sT14:00:00","endsAt":"%sT16:00:00",
                 "place":"吴江区委党校","hostLocalityCode":"%s","audience":"%s","approvalRequired":false,
                 "waitingLimit":2,"quotas":%s,"speakerIds":[]}"""
                .formatted(seriesId, title, day, day, host, audience, quotas);
    }

    private long grandClassroom() {
        return seriesId("GRAND_CLASSROOM");
    }

    private long seriesId(String code) {
        String all = api.get("cadre.qingpu", DEMO_PASSWORD, "api/events/series").body();
        Matcher series = Pattern.compile("\"code\":\"" + code + "\",\"id\":(\\d+)").matcher(all);
        assertThat(series.find()).as(all).isTrue();
        return Long.parseLong(series.group(1));
    }
}
