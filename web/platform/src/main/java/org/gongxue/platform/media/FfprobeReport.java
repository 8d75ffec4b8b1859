package org.gongxue.platform.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/** Turns ffprobe's JSON report ({@code -show_format -show_streams}) into a {@link MediaInfo}. */
final class FfprobeReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** ffprobe's field_order values for interlaced pictures (top or bottom field first, coded either way). */
    private static final Set<String> INTERLACED = Set.of("tt", "bb", "tb", "bt");

    private FfprobeReport() {
    }

    /**
     * @param json            what ffprobe wrote to standard output
     * @param indexBeforeMedia whether the file's moov box precedes its mdat box (see {@link Mp4Layout})
     * @throws IllegalArgumentException when the text is not a report with a format section
     */
    static MediaInfo parse(String json, boolean indexBeforeMedia) {
        JsonNode report;
        try {
            report = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("ffprobe's report is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode format = report == null ? null : report.get("format");
        if (format == null || !format.hasNonNull("format_name")) {
            throw new IllegalArgumentException("ffprobe's report names no format");
        }
        Optional<JsonNode> video = firstStream(report, "video");
        Optional<JsonNode> audio = firstStream(report, "audio");
        return new MediaInfo(
                format.get("format_name").asText(),
                format.path("tags").path("major_brand").asText(""),
                seconds(format).or(() -> video.flatMap(FfprobeReport::seconds)),
                video.map(FfprobeReport::videoStream),
                audio.map(stream -> new MediaInfo.AudioStream(stream.path("index").asInt(),
                        stream.path("codec_name").asText())),
                indexBeforeMedia);
    }

    /** The first stream of a type; for video, cover pictures (attached_pic) do not count. */
    private static Optional<JsonNode> firstStream(JsonNode report, String type) {
        return StreamSupport.stream(report.path("streams").spliterator(), false)
                .filter(stream -> type.equals(stream.path("codec_type").asText()))
                .filter(stream -> stream.path("disposition").path("attached_pic").asInt() != 1)
                .findFirst();
    }

    private static MediaInfo.VideoStream videoStream(JsonNode stream) {
        return new MediaInfo.VideoStream(
                stream.path("index").asInt(),
                stream.path("codec_name").asText(),
                stream.path("width").asInt(),
                stream.path("height").asInt(),
                stream.path("pix_fmt").asText(""),
                INTERLACED.contains(stream.path("field_order").asText()));
    }

    /** ffprobe writes durations as decimal seconds in a string; absent when unknown (live or broken files). */
    private static Optional<Duration> seconds(JsonNode node) {
        String text = node.path("duration").asText("");
        try {
            double seconds = Double.parseDouble(text);
            return seconds > 0 && Double.isFinite(seconds)
                    ? Optional.of(Duration.ofNanos(Math.round(seconds * 1e9)))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
