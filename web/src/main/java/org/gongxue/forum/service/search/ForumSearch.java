package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.PostStatus;
import org.gongxue.forum.service.ForumAccess;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.search.SiteSearchService;
import org.gongxue.search.index.ContentHit;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentResults;
import org.gongxue.search.index.ContentSort;
import org.gongxue.search.index.FacetCount;

/**
 * The forum's part of the site search: the words become one query of the content index for
 * forum posts, filtered by the reader's audiences (so hits, snippets and the count of each kind of
 * space never show a space the reader may not see), one hit per thread. Hits are read back from
 * the database and checked again, which also drops what the index has not caught up with.
 */
@ApplicationScoped
@Transactional
public class ForumSearch {

    public static final int THREADS_PER_PAGE = 10;
    /** Elasticsearch pages through the first 10,000 hits only. */
    static final int LAST_PAGE = 10_000 / THREADS_PER_PAGE - 1;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Visibility visibility;

    @Inject
    ForumAccess access;

    @Inject
    SiteSearchService search;

    /** @throws org.gongxue.platform.search.SearchUnavailableException when the index cannot answer */
    public ForumSearchResults search(Actor reader, String text, int page, int pageSize) {
        int shown = Math.max(0, Math.min(page, LAST_PAGE));
        ContentQuery query = new ContentQuery(text, audienceKeys(visibility.audiencesOf(reader)), shown,
                Math.max(1, Math.min(pageSize, THREADS_PER_PAGE)), Map.of(), Set.of(ForumDocuments.SPACE_KIND_FACET),
                ContentSort.RELEVANCE, true, Set.of(ForumDocuments.POST_KIND));
        ContentResults results = search.search(query);
        Map<Long, Post> posts = posts(results.hits());
        List<ForumHit> hits = results.hits().stream()
                .map(hit -> hit(reader, hit, posts.get(ForumDocuments.postOf(hit.id()).orElse(-1))))
                .filter(Objects::nonNull)
                .toList();
        Map<String, Long> kinds = results.facets().getOrDefault(ForumDocuments.SPACE_KIND_FACET, List.of()).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, LinkedHashMap::new));
        return new ForumSearchResults(query.text(), results.groups(), shown, query.pageSize(), hits, kinds);
    }

    private Map<Long, Post> posts(List<ContentHit> hits) {
        Set<Long> ids = hits.stream().map(hit -> ForumDocuments.postOf(hit.id())).filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select p from Post p join fetch p.author where p.id in :ids""", Post.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Post::getId, Function.identity()));
    }

    /** The hit as the reader may see it now; null when the post is gone from their sight since it was indexed. */
    private ForumHit hit(Actor reader, ContentHit hit, Post post) {
        if (post == null || post.getStatus() != PostStatus.VISIBLE || !access.maySee(reader, post.getThread().getSpace())) {
            return null;
        }
        return new ForumHit(post, hit.snippets().get("title"), hit.snippets().get("body"));
    }

    /** A platform administrator sees every space: the audiences of all spaces there are. */
    private Set<String> audienceKeys(AudienceSet audiences) {
        if (!audiences.isUnrestricted()) {
            return audiences.keys();
        }
        Set<String> keys = new LinkedHashSet<>(List.of(Audience.zone().key()));
        keys.addAll(em.createQuery("select distinct s.audienceKey from Space s", String.class).getResultList());
        return keys;
    }
}
