package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gongxue.testing.Api;
import org.gongxue.testing.MinimalPdf;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The streaming endpoint as players, PDF readers and scripts use it: ranges (206, 416,
 * multipart, a header of 1,000 ranges), validators (If-Range, If-None-Match → 304), HEAD,
 * downloads under the file's own name, and the same access rule as the pages: a cadre outside
 * the course's audience gets 404 whatever they ask. {@link ReaderLibrary} makes the library
 * when the deployment starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaterialStreamingIT {

    private static final String READER = "cadre.qingpu";
    private static final String OUTSIDER = "cadre.wujiang";
    private static final Pattern VIDEO_SOURCE = Pattern.compile("<source src=\"[^\"]*/api/streams/materials/(\\d+)\"");
    private static final Pattern CAPTIONS = Pattern.compile("src=\"[^\"]*/api/streams/materials/(\\d+)/cues\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(ReaderLibrary.class, MinimalPdf.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void rangesValidatorsAndHeadAreAnsweredAsRfc9110Says() {
        Api api = new Api(base);
        String address = "api/streams/materials/" + handout(api);
        HttpResponse<String> whole = api.get(READER, Api.DEMO_PASSWORD, address);
        byte[] bytes = whole.body().getBytes(StandardCharsets.ISO_8859_1);
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        int length = Integer.parseInt(whole.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<String> first100 = ranged(api, address, "bytes=0-99", null);
        HttpResponse<String> unsatisfiable = ranged(api, address, "bytes=" + length + "-", null);
        HttpResponse<String> ifRangeMatches = ranged(api, address, "bytes=-10", etag);
        HttpResponse<String> ifRangeStale = ranged(api, address, "bytes=-10", "\"not-the-etag\"");
        HttpResponse<String> twoRanges = ranged(api, address, "bytes=0-9,20-29", null);
        HttpResponse<String> overlapping = ranged(api, address, "bytes=0-50,10-20,40-60", null);
        HttpResponse<String> thousandRanges = ranged(api, address, "bytes=" + IntStream.range(0, 1_000)
                .mapToObj(i -> i + "-" + i).collect(Collectors.joining(",")), null);
        HttpResponse<String> notModified = api.send(api.request(address, READER, Api.DEMO_PASSWORD)
                .header("If-None-Match", etag).GET().build());
        HttpResponse<String> head = api.send(api.request(address, READER, Api.DEMO_PASSWORD)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(bytes).hasSize(length);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Last-Modified")).isPresent();
        assertThat(whole.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline;"));

        assertThat(first100.statusCode()).isEqualTo(206);
        assertThat(first100.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + length);
        assertThat(first100.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(Arrays.copyOfRange(bytes, 0, 100));
        assertThat(unsatisfiable.statusCode()).isEqualTo(416);
        assertThat(unsatisfiable.headers().firstValue("Content-Range")).hasValue("bytes */" + length);
        assertThat(ifRangeMatches.statusCode()).isEqualTo(206);
        assertThat(ifRangeMatches.body().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo(Arrays.copyOfRange(bytes, length - 10, length));
        assertThat(ifRangeStale.statusCode()).isEqualTo(200);
        assertThat(ifRangeStale.body()).hasSize(length);
        assertThat(twoRanges.statusCode()).isEqualTo(206);
        assertThat(twoRanges.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("multipart/byteranges; boundary="));
        assertThat(twoRanges.body()).contains("Content-Range: bytes 0-9/" + length, "Content-Range: bytes 20-29/" + length);
        assertThat(overlapping.statusCode()).isEqualTo(206);
        assertThat(overlapping.headers().firstValue("Content-Range")).hasValue("bytes 0-60/" + length);
        assertThat(thousandRanges.statusCode()).as("too many ranges: the whole file once, nothing more").isEqualTo(200);
        assertThat(thousandRanges.body()).hasSize(length);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theVideoAndItsCaptionsStreamForThePlayer() {
        Api api = new Api(base);
        String lecturePage = lecturePage(api);
        long video = id(VIDEO_SOURCE, lecturePage);
        long captions = id(CAPTIONS, lecturePage);

        HttpResponse<String> seek = ranged(api, "api/streams/materials/" + video, "bytes=1000-", null);
        HttpResponse<String> cues = api.get(READER, Api.DEMO_PASSWORD, "api/streams/materials/" + captions + "/cues");
        HttpResponse<String> noRendition = api.get(READER, Api.DEMO_PASSWORD, "api/streams/materials/" + video + "/rendition");

        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(seek.headers().firstValue("Content-Type")).hasValue("video/webm");
        assertThat(seek.headers().firstValue("Content-Range")).hasValueSatisfying(r -> assertThat(r).startsWith("bytes 1000-"));
        assertThat(cues.statusCode()).isEqualTo(200);
        assertThat(cues.headers().firstValue("Content-Type")).hasValue("text/vtt;charset=utf-8");
        assertThat(cues.body()).startsWith("WEBVTT").contains(ReaderLibrary.SPOKEN_WORDS);
        assertThat(noRendition.statusCode()).as("processing made no rendition of this upload").isEqualTo(404);
    }

    @Test
    void aDownloadCarriesTheFilesOwnName() {
        Api api = new Api(base);

        HttpResponse<String> download = api.get(READER, Api.DEMO_PASSWORD, "api/streams/materials/" + handout(api) + "?download");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"_______.pdf\"; filename*=UTF-8''"
                        + "%E5%A4%AA%E6%B5%A6%E6%B2%B3%E6%B2%BB%E7%90%86%E8%AE%B2%E4%B9%89.pdf");
    }

    @Test
    void aCadreOutsideTheAudienceAndAVisitorGetNothing() {
        Api api = new Api(base);
        String address = "api/streams/materials/" + handout(api);

        HttpResponse<String> outsider = api.get(OUTSIDER, Api.DEMO_PASSWORD, address);
        HttpResponse<String> outsiderRange = ranged(api, address, "bytes=0-9", null, OUTSIDER);
        HttpResponse<String> outsiderHead = api.send(api.request(address, OUTSIDER, Api.DEMO_PASSWORD)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> visitor = api.get(null, null, address);
        HttpResponse<String> noSuchMaterial = api.get(READER, Api.DEMO_PASSWORD, "api/streams/materials/999999999");
        HttpResponse<String> noSuchVariant = api.get(READER, Api.DEMO_PASSWORD, address + "/secrets");
        HttpResponse<String> notAnId = api.get(READER, Api.DEMO_PASSWORD, "api/streams/materials/..%2F..%2Fetc");

        assertThat(outsider.statusCode()).isEqualTo(404);
        assertThat(outsider.body()).contains("library.reader.notFound").doesNotContain("%PDF");
        assertThat(outsiderRange.statusCode()).isEqualTo(404);
        assertThat(outsiderHead.statusCode()).isEqualTo(404);
        assertThat(visitor.statusCode()).isEqualTo(401);
        assertThat(noSuchMaterial.statusCode()).isEqualTo(404);
        assertThat(noSuchVariant.statusCode()).isEqualTo(404);
        assertThat(notAnId.statusCode()).isIn(400, 404);
    }

    private static long handout(Api api) {
        return LibraryReaderIT.firstMaterialId(api.get(READER, Api.DEMO_PASSWORD,
                "api/search?q=" + LibraryReaderIT.encoded(ReaderLibrary.DOCUMENT_WORDS)));
    }

    /** The first lecture of the Qingpu course as its page shows it to a signed-in cadre. */
    private String lecturePage(Api api) {
        String found = api.get(READER, Api.DEMO_PASSWORD,
                "api/search?q=" + LibraryReaderIT.encoded(ReaderLibrary.SPOKEN_WORDS)).body();
        Matcher lecture = Pattern.compile("\"lectureId\":(\\d+)").matcher(found);
        assertThat(lecture.find()).as(found).isTrue();
        WebSession session = new WebSession(base);
        session.signIn(READER, Api.DEMO_PASSWORD);
        return session.get("library/lecture.xhtml?id=" + lecture.group(1)).body();
    }

    private static long id(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static HttpResponse<String> ranged(Api api, String address, String range, String ifRange) {
        return ranged(api, address, range, ifRange, READER);
    }

    private static HttpResponse<String> ranged(Api api, String address, String range, String ifRange, String username) {
        HttpRequest.Builder request = api.request(address, username, Api.DEMO_PASSWORD).header("Range", range);
        if (ifRange != null) {
            request.header("If-Range", ifRange);
        }
        return api.send(request.GET().build());
    }
}
