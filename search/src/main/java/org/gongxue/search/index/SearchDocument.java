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

/**
 * One searchable unit (a course, a material, a post) as the index stores it. The search module
 * does not know what the kinds mean; callers choose them.
 *
 * @param id          unique across the index; indexing the same id again replaces the document
 * @param kind        what the document is, e.g. course, material, post
 * @param parentId    the course or space it belongs to; null for top-level documents
 * @param audience    who may see it: a reader sees it when one of their audiences is listed here
 * @param facets      keyword values to filter and count by, e.g. locality → [青浦]; names as
 *                    {@link FacetInput#NAME} allows, or they cannot be counted
 * @param publishedAt when it was published, for "newest first"; null sorts last
 * @param views       how often it was watched or opened, for "most watched"; null sorts last
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
        Long views) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        // An empty audience would make the document visible to nobody: that is a caller's bug.
        if (audience == null || audience.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " has no audience");
        }
        audience = Set.copyOf(audience);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }

    /** A document without a publication date or a view count. */
    public SearchDocument(String id, String kind, String parentId, String title, String summary, String body,
            Set<String> audience, Map<String, List<String>> facets) {
        this(id, kind, parentId, title, summary, body, audience, facets, null, null);
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
}
