package org.gongxue.search.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.subtitles.Cue;

/**
 * One searchable unit (a course, a material, a post) as the index stores it. The search module
 * does not know what the kinds mean; callers choose them.
 *
 * <p>Every word of title, summary, body, cues, sections and the {@code lecturer} facet is
 * searched; each text should be in one place only. For an extracted file that is
 * {@code body = textOutsideSections(), sections = sections()} of its
 * {@link org.gongxue.search.extraction.ExtractedDocument}; for subtitles, the cues of
 * {@link org.gongxue.search.subtitles.SubtitleParser}, with no body.
 *
 * @param id          unique across the index; indexing the same id again replaces the document
 * @param kind        what the document is, e.g. course, material, post
 * @param parentId    the course or space it belongs to; null for top-level documents
 * @param audience    who may see it: a reader sees it when one of their audiences is listed here
 * @param facets      keyword values to filter and count by, e.g. locality → [青浦]; names as
 *                    {@link FacetInput#NAME} allows, or they cannot be counted
 * @param publishedAt when it was published, for "newest first"; null sorts last
 * @param views       how often it was watched or opened, for "most watched"; null sorts last
 * @param cues        the timed lines of a lecture's subtitles: a hit in one says the second to
 *                    jump to. Indexed by their start second and text.
 * @param sections    the text of each page, slide or sheet of a document: a hit in one names it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchDocument(
        String id,
        String kind,
        @JsonProperty("parent_id") String parentId,
        String title,
        String summary,
        String body,
        Set<String> audience,
        Map<String, List<String>> facets,
        @JsonIgnore Instant publishedAt,
        Long views,
        @JsonIgnore List<Cue> cues,
        @JsonIgnore List<Section> sections) {

    /**
     * Elasticsearch's index.mapping.nested_objects.limit: each cue and each section is one
     * nested document, and the node refuses a document with more.
     */
    public static final int MAX_CUES_AND_SECTIONS = 10_000;

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        // An empty audience would make the document visible to nobody: that is a caller's bug.
        if (audience == null || audience.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " has no audience");
        }
        audience = Set.copyOf(audience);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        cues = cues == null ? List.of() : List.copyOf(cues);
        sections = sections == null ? List.of() : List.copyOf(sections);
        // A caller's bug, as the parser and the extractor stay below it: said here, with the
        // document's id, rather than as a rejection in a bulk response.
        if (cues.size() + sections.size() > MAX_CUES_AND_SECTIONS) {
            throw new IllegalArgumentException("document " + id + " has " + cues.size() + " cues and "
                    + sections.size() + " sections; at most " + MAX_CUES_AND_SECTIONS + " together");
        }
    }

    /** A document without cues or sections. */
    public SearchDocument(String id, String kind, String parentId, String title, String summary, String body,
            Set<String> audience, Map<String, List<String>> facets, Instant publishedAt, Long views) {
        this(id, kind, parentId, title, summary, body, audience, facets, publishedAt, views, List.of(), List.of());
    }

    /** A document without a publication date or a view count. */
    public SearchDocument(String id, String kind, String parentId, String title, String summary, String body,
            Set<String> audience, Map<String, List<String>> facets) {
        this(id, kind, parentId, title, summary, body, audience, facets, null, null);
    }

    /** This document with the cues of its subtitles. */
    public SearchDocument withCues(List<Cue> timedLines) {
        return new SearchDocument(id, kind, parentId, title, summary, body, audience, facets, publishedAt, views,
                timedLines, sections);
    }

    /** This document with the text of its pages, slides or sheets. */
    public SearchDocument withSections(List<Section> parts) {
        return new SearchDocument(id, kind, parentId, title, summary, body, audience, facets, publishedAt, views,
                cues, parts);
    }

    /**
     * What a grouped search collapses on: the parent (course), or the document itself when it
     * has none. Stored rather than derived at query time because collapsing on parent_id would
     * put every document without a parent into one group.
     */
    @JsonProperty("group_id")
    String groupId() {
        return parentId == null ? id : parentId;
    }

    /**
     * The date as the index stores it: ISO-8601 in milliseconds, which the date field parses
     * without Jackson's java.time module (the client's mapper does not register it).
     */
    @JsonProperty("published_at")
    String publishedAtText() {
        return publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** The cues as the index stores them: the second a player jumps to, and the text. */
    @JsonProperty("cues")
    List<IndexedCue> indexedCues() {
        return cues.isEmpty() ? null : cues.stream().map(cue -> new IndexedCue(cue.startSecond(), cue.text())).toList();
    }

    @JsonProperty("sections")
    List<Section> indexedSections() {
        return sections.isEmpty() ? null : sections;
    }

    record IndexedCue(int start, String text) {}
}
