package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gongxue.contentstore.ObjectInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingPlannerTest {

    private static final long LENGTH = 10_000;
    private static final String ETAG = "d41d8cd98f00b204e9800998ecf8427e";
    private static final Instant MODIFIED = Instant.parse("2026-03-01T08:30:00.250Z");
    private static final String MODIFIED_DATE = "Sun, 01 Mar 2026 08:30:00 GMT";
    private static final ObjectInfo VIDEO = new ObjectInfo("lectures/1.mp4", LENGTH, ETAG, MODIFIED, "video/mp4");

    private final StreamingPlanner planner = new StreamingPlanner(() -> "BOUNDARY");

    // --- whole representation ------------------------------------------------------------------

    @Test
    void aPlainGetIsTheWholeBodyWithValidatorsAndRangeSupport() {
        StreamingDecision decision = get(Map.of());

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.headers()).containsExactly(
                Map.entry("Accept-Ranges", "bytes"),
                Map.entry("ETag", "\"" + ETAG + "\""),
                Map.entry("Last-Modified", MODIFIED_DATE),
                Map.entry("Content-Type", "video/mp4"),
                Map.entry("Content-Length", "10000"));
        assertThat(decision.body()).isEqualTo(new ResponseBody.Bytes(new ByteRange(0, LENGTH - 1)));
    }

    @Test
    void anEmptyObjectHasNoBodyAndLengthZero() {
        StreamingDecision decision = planner.decide("GET", headers(Map.of()),
                new ObjectInfo("empty", 0, ETAG, MODIFIED, "text/plain"));

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.header("Content-Length")).isEqualTo("0");
        assertThat(decision.body()).isEqualTo(new ResponseBody.None());
    }

    @Test
    void anObjectWithoutTypeEtagOrDateIsStillServed() {
        StreamingDecision decision = planner.decide("GET", headers(Map.of("If-Range", "\"x\"", "Range", "bytes=0-1")),
                new ObjectInfo("bare", LENGTH, null, null, null));

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.headers()).doesNotContainKeys("ETag", "Last-Modified")
                .containsEntry("Content-Type", "application/octet-stream");
    }

    @Test
    void refusesMethodsThatDoNotReadTheObject() {
        assertThatThrownBy(() -> planner.decide("POST", headers(Map.of()), VIDEO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> planner.decide("get", headers(Map.of()), VIDEO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- single ranges -------------------------------------------------------------------------

    @Test
    void aRangeFromTheStartIsPartialContent() {
        StreamingDecision decision = get(Map.of("Range", "bytes=0-499"));

        assertThat(decision.status()).isEqualTo(206);
        assertThat(decision.headers())
                .containsEntry("Content-Range", "bytes 0-499/10000")
                .containsEntry("Content-Length", "500")
                .containsEntry("Content-Type", "video/mp4")
                .containsEntry("Accept-Ranges", "bytes")
                .containsEntry("ETag", "\"" + ETAG + "\"");
        assertThat(decision.body()).isEqualTo(new ResponseBody.Bytes(new ByteRange(0, 499)));
    }

    @Test
    void anOpenEndedRangeRunsToTheEnd() {
        assertPartial(get(Map.of("Range", "bytes=500-")), 500, 9999);
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertPartial(get(Map.of("Range", "bytes=-500")), 9500, 9999);
    }

    @Test
    void aRangePastTheEndIsCut() {
        assertPartial(get(Map.of("Range", "bytes=9990-20000")), 9990, 9999);
    }

    @Test
    void aHugeLastPositionIsCut() {
        assertPartial(get(Map.of("Range", "bytes=0-99999999999999999999999")), 0, 9999);
    }

    @Test
    void theWholeRangeIsStillPartialContent() {
        assertPartial(get(Map.of("Range", "bytes=0-")), 0, 9999);
    }

    // --- unsatisfiable -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"bytes=10000-", "bytes=10000-10005", "bytes=-0", "bytes=99999999999999999999999-",
        "bytes=20000-30000,-0"})
    void aRangeSetWithNothingSatisfiableIs416WithTheLength(String range) {
        StreamingDecision decision = get(Map.of("Range", range));

        assertThat(decision.status()).isEqualTo(416);
        assertThat(decision.headers())
                .containsEntry("Content-Range", "bytes */10000")
                .containsEntry("Content-Length", "0")
                .containsEntry("Accept-Ranges", "bytes");
        assertThat(decision.body()).isEqualTo(new ResponseBody.None());
    }

    @Test
    void anyRangeOfAnEmptyObjectIs416() {
        StreamingDecision decision = planner.decide("GET", headers(Map.of("Range", "bytes=0-")),
                new ObjectInfo("empty", 0, ETAG, MODIFIED, "text/plain"));

        assertThat(decision.status()).isEqualTo(416);
        assertThat(decision.header("Content-Range")).isEqualTo("bytes */0");
    }

    @Test
    void unsatisfiableSpecsBesideASatisfiableOneAreDropped() {
        assertPartial(get(Map.of("Range", "bytes=20000-,-0,100-199")), 100, 199);
    }

    // --- invalid Range: ignored ----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"bytes=", "bytes=5-1", "items=0-1", "bytes=abc", "bytes=0-1,,5-1", "0-1"})
    void anInvalidRangeIsIgnored(String range) {
        StreamingDecision decision = get(Map.of("Range", range));

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.header("Content-Length")).isEqualTo("10000");
        assertThat(decision.headers()).doesNotContainKey("Content-Range");
    }

    // --- multiple ranges -----------------------------------------------------------------------

    @Test
    void twoDisjointRangesAreMultipart() {
        StreamingDecision decision = get(Map.of("Range", "bytes=0-99,5000-5099"));

        assertThat(decision.status()).isEqualTo(206);
        assertThat(decision.header("Content-Type")).isEqualTo("multipart/byteranges; boundary=BOUNDARY");
        assertThat(decision.headers()).doesNotContainKey("Content-Range");
        ResponseBody.Multipart body = (ResponseBody.Multipart) decision.body();
        assertThat(body.ranges()).containsExactly(new ByteRange(0, 99), new ByteRange(5000, 5099));
        assertThat(body.partContentType()).isEqualTo("video/mp4");
        assertThat(decision.header("Content-Length")).isEqualTo(Long.toString(body.contentLength()));
    }

    @Test
    void multipartContentLengthCountsEveryDelimiterAndHeader() {
        ResponseBody.Multipart body = (ResponseBody.Multipart) get(Map.of("Range", "bytes=0-0,9999-9999")).body();
        String expected = "--BOUNDARY\r\nContent-Type: video/mp4\r\nContent-Range: bytes 0-0/10000\r\n\r\n" + "x" + "\r\n"
                + "--BOUNDARY\r\nContent-Type: video/mp4\r\nContent-Range: bytes 9999-9999/10000\r\n\r\n" + "y" + "\r\n"
                + "--BOUNDARY--\r\n";

        assertThat(body.contentLength()).isEqualTo(expected.length());
    }

    @Test
    void rangesOutOfOrderAreSentInAscendingOrder() {
        ResponseBody.Multipart body = (ResponseBody.Multipart) get(Map.of("Range", "bytes=-100,0-99")).body();

        assertThat(body.ranges()).containsExactly(new ByteRange(0, 99), new ByteRange(9900, 9999));
    }

    @Test
    void overlappingRangesAreCoalescedIntoOnePlainPart() {
        StreamingDecision decision = get(Map.of("Range", "bytes=0-499,100-199,400-999"));

        assertPartial(decision, 0, 999);
    }

    @Test
    void adjacentRangesAreCoalesced() {
        assertPartial(get(Map.of("Range", "bytes=0-99,100-199")), 0, 199);
    }

    @Test
    void repeatingTheWholeRangeNeverSendsMoreThanTheRepresentation() {
        String range = "bytes=" + String.join(",", Collections.nCopies(StreamingPlanner.MAX_RANGE_SPECS, "0-"));

        assertPartial(get(Map.of("Range", range)), 0, 9999);
    }

    @Test
    void upToTheLimitOfSpecsIsServed() {
        String range = "bytes=" + IntStream.range(0, StreamingPlanner.MAX_RANGE_SPECS)
                .mapToObj(i -> (i * 100) + "-" + (i * 100 + 9)).collect(Collectors.joining(","));

        StreamingDecision decision = get(Map.of("Range", range));

        assertThat(decision.status()).isEqualTo(206);
        assertThat(((ResponseBody.Multipart) decision.body()).ranges()).hasSize(StreamingPlanner.MAX_RANGE_SPECS);
    }

    @Test
    void oneSpecMoreThanTheLimitIsIgnored() {
        String range = "bytes=" + String.join(",", Collections.nCopies(StreamingPlanner.MAX_RANGE_SPECS + 1, "0-0"));

        assertWhole(get(Map.of("Range", range)));
    }

    @Test
    void aThousandTinyRangesAreIgnored() {
        String range = "bytes=" + IntStream.range(0, 1000).mapToObj(i -> (i * 10) + "-" + (i * 10))
                .collect(Collectors.joining(","));

        assertWhole(get(Map.of("Range", range)));
    }

    @Test
    void coalescingMergesChainsAndKeepsGaps() {
        assertThat(StreamingPlanner.coalesce(List.of(new ByteRange(50, 60), new ByteRange(0, 10),
                new ByteRange(11, 20), new ByteRange(15, 30), new ByteRange(32, 40))))
                .containsExactly(new ByteRange(0, 30), new ByteRange(32, 40), new ByteRange(50, 60));
    }

    // --- If-Range ------------------------------------------------------------------------------

    @Test
    void ifRangeWithTheCurrentStrongEtagServesTheRange() {
        assertPartial(get(Map.of("Range", "bytes=0-9", "If-Range", "\"" + ETAG + "\"")), 0, 9);
    }

    @Test
    void ifRangeWithAnotherEtagSendsTheWholeRepresentation() {
        assertWhole(get(Map.of("Range", "bytes=0-9", "If-Range", "\"an-older-version\"")));
    }

    @Test
    void ifRangeWithAWeakEtagNeverMatches() {
        assertWhole(get(Map.of("Range", "bytes=0-9", "If-Range", "W/\"" + ETAG + "\"")));
    }

    @Test
    void ifRangeWithTheExactLastModifiedDateServesTheRange() {
        assertPartial(get(Map.of("Range", "bytes=0-9", "If-Range", MODIFIED_DATE)), 0, 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 01 Mar 2026 08:29:59 GMT", "Sun, 01 Mar 2026 08:30:01 GMT", "not a date"})
    void ifRangeWithAnyOtherDateSendsTheWholeRepresentation(String ifRange) {
        assertWhole(get(Map.of("Range", "bytes=0-9", "If-Range", ifRange)));
    }

    @Test
    void ifRangeMismatchAlsoOverridesAnUnsatisfiableRange() {
        assertWhole(get(Map.of("Range", "bytes=20000-", "If-Range", "\"other\"")));
    }

    @Test
    void ifRangeWithoutRangeChangesNothing() {
        assertWhole(get(Map.of("If-Range", "\"other\"")));
    }

    // --- 304 -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"\"" + ETAG + "\"", "W/\"" + ETAG + "\"", "\"other\", \"" + ETAG + "\"", "*"})
    void ifNoneMatchThatMatchesIsNotModified(String ifNoneMatch) {
        StreamingDecision decision = get(Map.of("If-None-Match", ifNoneMatch));

        assertThat(decision.status()).isEqualTo(304);
        assertThat(decision.headers()).containsOnlyKeys("Accept-Ranges", "ETag", "Last-Modified");
        assertThat(decision.body()).isEqualTo(new ResponseBody.None());
    }

    @Test
    void ifNoneMatchSplitOverTwoFieldLinesIsOneList() {
        StreamingDecision decision = planner.decide("GET",
                name -> "If-None-Match".equals(name) ? List.of("\"a\"", "\"" + ETAG + "\"") : List.of(), VIDEO);

        assertThat(decision.status()).isEqualTo(304);
    }

    @Test
    void ifNoneMatchThatDoesNotMatchServesTheRequest() {
        assertPartial(get(Map.of("If-None-Match", "\"other\"", "Range", "bytes=0-9")), 0, 9);
    }

    @Test
    void ifNoneMatchOutranksIfModifiedSince() {
        // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is present.
        assertWhole(get(Map.of("If-None-Match", "\"other\"", "If-Modified-Since", MODIFIED_DATE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {MODIFIED_DATE, "Mon, 02 Mar 2026 00:00:00 GMT"})
    void ifModifiedSinceAtOrAfterTheModificationIsNotModified(String since) {
        assertThat(get(Map.of("If-Modified-Since", since)).status()).isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 01 Mar 2026 08:29:59 GMT", "garbage"})
    void ifModifiedSinceBeforeTheModificationOrUnreadableServesTheBody(String since) {
        assertWhole(get(Map.of("If-Modified-Since", since)));
    }

    @Test
    void headIsNotModifiedToo() {
        assertThat(planner.decide("HEAD", headers(Map.of("If-None-Match", "\"" + ETAG + "\"")), VIDEO).status())
                .isEqualTo(304);
    }

    // --- 412 -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"\"other\"", "W/\"" + ETAG + "\""})
    void ifMatchWithoutAStrongMatchFailsThePrecondition(String ifMatch) {
        StreamingDecision decision = get(Map.of("If-Match", ifMatch, "Range", "bytes=0-9"));

        assertThat(decision.status()).isEqualTo(412);
        assertThat(decision.body()).isEqualTo(new ResponseBody.None());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"" + ETAG + "\"", "*", "\"a\", \"" + ETAG + "\""})
    void ifMatchThatMatchesServesTheRequest(String ifMatch) {
        assertPartial(get(Map.of("If-Match", ifMatch, "Range", "bytes=0-9")), 0, 9);
    }

    @Test
    void ifUnmodifiedSinceBeforeTheModificationFailsThePrecondition() {
        assertThat(get(Map.of("If-Unmodified-Since", "Sun, 01 Mar 2026 08:29:59 GMT")).status()).isEqualTo(412);
    }

    @Test
    void ifUnmodifiedSinceAtTheModificationServesTheRequest() {
        assertWhole(get(Map.of("If-Unmodified-Since", MODIFIED_DATE)));
    }

    @Test
    void ifMatchOutranksIfUnmodifiedSince() {
        assertWhole(get(Map.of("If-Match", "*", "If-Unmodified-Since", "Sun, 01 Mar 2026 08:29:59 GMT")));
    }

    @Test
    void preconditionsAreCheckedBeforeNotModified() {
        assertThat(get(Map.of("If-Match", "\"other\"", "If-None-Match", "*")).status()).isEqualTo(412);
    }

    // --- HEAD ----------------------------------------------------------------------------------

    @Test
    void headHasTheHeadersOfGetAndNoBody() {
        StreamingDecision head = planner.decide("HEAD", headers(Map.of()), VIDEO);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers()).isEqualTo(get(Map.of()).headers());
        assertThat(head.body()).isEqualTo(new ResponseBody.None());
    }

    @Test
    void headIgnoresRangeBecauseOnlyGetDefinesIt() {
        StreamingDecision head = planner.decide("HEAD", headers(Map.of("Range", "bytes=0-9")), VIDEO);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo("10000");
        assertThat(head.body()).isEqualTo(new ResponseBody.None());
    }

    // --- helpers -------------------------------------------------------------------------------

    private StreamingDecision get(Map<String, String> requestHeaders) {
        return planner.decide("GET", headers(requestHeaders), VIDEO);
    }

    /** Header names are case-insensitive, as a servlet container's are. */
    private static RequestHeaders headers(Map<String, String> values) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(values);
        return name -> byName.containsKey(name) ? List.of(byName.get(name)) : List.of();
    }

    private static void assertPartial(StreamingDecision decision, long first, long last) {
        assertThat(decision.status()).isEqualTo(206);
        assertThat(decision.header("Content-Range")).isEqualTo("bytes " + first + "-" + last + "/" + LENGTH);
        assertThat(decision.header("Content-Length")).isEqualTo(Long.toString(last - first + 1));
        assertThat(decision.body()).isEqualTo(new ResponseBody.Bytes(new ByteRange(first, last)));
    }

    private static void assertWhole(StreamingDecision decision) {
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.header("Content-Length")).isEqualTo(Long.toString(LENGTH));
        assertThat(decision.headers()).doesNotContainKey("Content-Range");
        assertThat(decision.body()).isEqualTo(new ResponseBody.Bytes(new ByteRange(0, LENGTH - 1)));
    }
}
