package org.gongxue.platform.streaming;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.gongxue.contentstore.ObjectInfo;

/**
 * Decides the answer to a GET or HEAD of one stored object from the request's header fields and
 * the object's metadata alone: status, header fields and which bytes to send. Pure, so every
 * rule is unit-tested; {@link ObjectStreamer} carries the decision out.
 *
 * <p>The order is RFC 9110 §13.2.2: If-Match / If-Unmodified-Since (412), then If-None-Match /
 * If-Modified-Since (304), then If-Range, then Range (§14.2). Multiple ranges are bounded as
 * described in docs/architecture.md ("Streaming by byte ranges"): at most
 * {@value #MAX_RANGE_SPECS} range-specs, else the Range header is ignored; overlapping and
 * adjacent ranges are coalesced, so a response never carries a byte twice.
 *
 * <p>No access checks: the caller decides who may read the object before asking.
 */
public final class StreamingPlanner {

    /**
     * More range-specs than this and the Range header is ignored (a 200 with the whole body).
     * Players and PDF readers ask for one range at a time; long lists are what RFC 9110 §14.2
     * calls "indications of either a broken client or a deliberate denial-of-service attack".
     */
    public static final int MAX_RANGE_SPECS = 16;

    static final String FALLBACK_CONTENT_TYPE = "application/octet-stream";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<String> boundaries;

    /** A planner whose multipart boundaries are random, so that no stored content can forge a part. */
    public StreamingPlanner() {
        this(StreamingPlanner::randomBoundary);
    }

    /** A planner with chosen multipart boundaries, for tests that compare whole bodies. */
    StreamingPlanner(Supplier<String> boundaries) {
        this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    }

    /**
     * @param method  GET or HEAD (case-sensitive, as HTTP methods are)
     * @param request the request's header fields
     * @param object  the stored object's metadata
     */
    public StreamingDecision decide(String method, RequestHeaders request, ObjectInfo object) {
        boolean head = isHead(method);
        Representation representation = new Representation(object);
        Map<String, String> validators = representation.validatorHeaders();

        if (!preconditionsHold(request, representation)) {
            return withoutContent(412, validators);
        }
        if (notModified(request, representation)) {
            // RFC 9110 §15.4.5: a 304 repeats the validators a 200 would carry, and no content headers.
            return new StreamingDecision(304, validators, new ResponseBody.None());
        }
        StreamingDecision forGet = head ? whole(representation, validators) : ranged(request, representation, validators);
        // RFC 9110 §9.3.2: HEAD gets the same header fields as GET, without content.
        return head ? new StreamingDecision(forGet.status(), forGet.headers(), new ResponseBody.None()) : forGet;
    }

    private static boolean isHead(String method) {
        if ("HEAD".equals(method)) {
            return true;
        }
        if ("GET".equals(method)) {
            return false;
        }
        throw new IllegalArgumentException("only GET and HEAD read an object, was " + method);
    }

    /** RFC 9110 §13.2.2 steps 1 and 2; If-Unmodified-Since counts only without If-Match. */
    private static boolean preconditionsHold(RequestHeaders request, Representation representation) {
        String ifMatch = request.combined("If-Match");
        if (ifMatch != null) {
            if ("*".equals(ByteRangeHeader.stripOws(ifMatch))) {
                return true;
            }
            return representation.etag.isPresent() && EntityTag.parseList(ifMatch).stream()
                    .anyMatch(tag -> tag.strongMatch(representation.etag.get()));
        }
        Optional<Instant> ifUnmodifiedSince = HttpDates.parse(request.combined("If-Unmodified-Since"));
        if (ifUnmodifiedSince.isPresent() && representation.lastModified.isPresent()) {
            return !representation.lastModified.get().isAfter(ifUnmodifiedSince.get());
        }
        return true;
    }

    /** RFC 9110 §13.2.2 steps 3 and 4; If-Modified-Since counts only without If-None-Match (§13.1.3). */
    private static boolean notModified(RequestHeaders request, Representation representation) {
        String ifNoneMatch = request.combined("If-None-Match");
        if (ifNoneMatch != null) {
            if ("*".equals(ByteRangeHeader.stripOws(ifNoneMatch))) {
                return true;
            }
            return representation.etag.isPresent() && EntityTag.parseList(ifNoneMatch).stream()
                    .anyMatch(tag -> tag.weakMatch(representation.etag.get()));
        }
        Optional<Instant> ifModifiedSince = HttpDates.parse(request.combined("If-Modified-Since"));
        return ifModifiedSince.isPresent() && representation.lastModified.isPresent()
                && !representation.lastModified.get().isAfter(ifModifiedSince.get());
    }

    private StreamingDecision ranged(RequestHeaders request, Representation representation,
                                     Map<String, String> validators) {
        Optional<List<RangeSpec>> specs = applicableRangeSpecs(request, representation);
        if (specs.isEmpty()) {
            return whole(representation, validators);
        }
        List<ByteRange> satisfiable = new ArrayList<>();
        for (RangeSpec spec : specs.get()) {
            spec.resolve(representation.length).ifPresent(satisfiable::add);
        }
        if (satisfiable.isEmpty()) {
            Map<String, String> headers = new LinkedHashMap<>(validators);
            headers.put("Content-Range", "bytes */" + representation.length);
            return withoutContent(416, headers);
        }
        List<ByteRange> ranges = coalesce(satisfiable);
        return ranges.size() == 1
                ? singlePart(representation, validators, ranges.get(0))
                : multipart(representation, validators, ranges);
    }

    /**
     * The range-specs to honour, or empty when the whole representation is the answer: no Range,
     * an If-Range that does not match (RFC 9110 §13.1.5), an invalid Range, or too many specs.
     */
    private static Optional<List<RangeSpec>> applicableRangeSpecs(RequestHeaders request,
                                                                  Representation representation) {
        String range = request.combined("Range");
        if (range == null) {
            return Optional.empty();
        }
        String ifRange = request.combined("If-Range");
        if (ifRange != null && !ifRangeMatches(ifRange, representation)) {
            return Optional.empty();
        }
        return ByteRangeHeader.parse(range).filter(specs -> specs.size() <= MAX_RANGE_SPECS);
    }

    /**
     * RFC 9110 §13.1.5: an entity-tag must match by strong comparison (a weak tag never does); an
     * HTTP-date must equal Last-Modified exactly. Anything unparsable is a mismatch.
     */
    private static boolean ifRangeMatches(String ifRange, Representation representation) {
        String text = ByteRangeHeader.stripOws(ifRange);
        if (text.startsWith("\"") || text.startsWith("W/")) {
            Optional<EntityTag> tag = EntityTag.parseSingle(text);
            return tag.isPresent() && representation.etag.isPresent()
                    && tag.get().strongMatch(representation.etag.get());
        }
        Optional<Instant> date = HttpDates.parse(text);
        return date.isPresent() && representation.lastModified.isPresent()
                && date.get().equals(representation.lastModified.get());
    }

    /**
     * Sorts the ranges and merges those that overlap or touch (RFC 9110 §15.3.7.2 allows this, and
     * a client cannot rely on the order it asked for). The merged ranges never hold more bytes
     * than the representation, however many times the request repeated them.
     */
    static List<ByteRange> coalesce(List<ByteRange> ranges) {
        List<ByteRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(ByteRange::first));
        List<ByteRange> merged = new ArrayList<>();
        for (ByteRange range : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && merged.get(lastIndex).overlapsOrAdjoins(range)) {
                merged.set(lastIndex, merged.get(lastIndex).union(range));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    private static StreamingDecision whole(Representation representation, Map<String, String> validators) {
        Map<String, String> headers = new LinkedHashMap<>(validators);
        headers.put("Content-Type", representation.contentType);
        headers.put("Content-Length", Long.toString(representation.length));
        ResponseBody body = representation.length == 0
                ? new ResponseBody.None()
                : new ResponseBody.Bytes(new ByteRange(0, representation.length - 1));
        return new StreamingDecision(200, headers, body);
    }

    private static StreamingDecision singlePart(Representation representation, Map<String, String> validators,
                                                ByteRange range) {
        Map<String, String> headers = new LinkedHashMap<>(validators);
        headers.put("Content-Type", representation.contentType);
        headers.put("Content-Range", range.contentRange(representation.length));
        headers.put("Content-Length", Long.toString(range.length()));
        return new StreamingDecision(206, headers, new ResponseBody.Bytes(range));
    }

    private StreamingDecision multipart(Representation representation, Map<String, String> validators,
                                        List<ByteRange> ranges) {
        ResponseBody.Multipart body = new ResponseBody.Multipart(boundaries.get(), representation.contentType,
                representation.length, ranges);
        Map<String, String> headers = new LinkedHashMap<>(validators);
        headers.put("Content-Type", "multipart/byteranges; boundary=" + body.boundary());
        headers.put("Content-Length", Long.toString(body.contentLength()));
        return new StreamingDecision(206, headers, body);
    }

    private static StreamingDecision withoutContent(int status, Map<String, String> headers) {
        Map<String, String> withLength = new LinkedHashMap<>(headers);
        withLength.put("Content-Length", "0");
        return new StreamingDecision(status, withLength, new ResponseBody.None());
    }

    /** A boundary of 32 random hex digits: valid in a MIME parameter without quoting (RFC 2046 §5.1.1). */
    private static String randomBoundary() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "gongxue-" + HexFormat.of().formatHex(bytes);
    }

    /** The object's metadata in HTTP's terms. */
    private static final class Representation {

        final long length;
        final String contentType;
        final Optional<EntityTag> etag;
        /** Whole seconds, as an HTTP-date carries, so that comparisons with request dates are exact. */
        final Optional<Instant> lastModified;

        Representation(ObjectInfo object) {
            this.length = object.size();
            this.contentType = object.contentType() == null || object.contentType().isBlank()
                    ? FALLBACK_CONTENT_TYPE : object.contentType();
            this.etag = EntityTag.strongFromStore(object.etag());
            this.lastModified = Optional.ofNullable(object.lastModified()).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        }

        /** Sent with every answer: range support is advertised always (RFC 9110 §14.3). */
        Map<String, String> validatorHeaders() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept-Ranges", "bytes");
            etag.ifPresent(tag -> headers.put("ETag", tag.headerValue()));
            lastModified.ifPresent(instant -> headers.put("Last-Modified", HttpDates.format(instant)));
            return headers;
        }
    }
}
