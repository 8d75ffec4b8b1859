package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.search.SiteSearchService;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.search.index.ContentHit;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentResults;
import org.gongxue.search.index.ContentSort;
import org.gongxue.search.index.FacetCount;
import org.gongxue.search.index.SuggestionQuery;
import org.gongxue.search.index.Suggestions;

/**
 * The library's search for readers: the words, facets, order and page of a request become one
 * grouped query of the content index, filtered by the reader's audiences (so facet counts and
 * snippets never show what they may not see), and the hits become courses with their matching
 * materials, read from the database (which also drops what the index has not caught up with).
 */
@ApplicationScoped
@Transactional
public class LibrarySearch {

    public static final int COURSES_PER_PAGE = 10;
    /** Elasticsearch pages through the first 10,000 hits only; deeper asks get the last of those pages. */
    static final int LAST_PAGE = 10_000 / COURSES_PER_PAGE - 1;
    static final int RELATED_COURSES = 4;
    static final int SUGGESTIONS = 8;
    /** More values ticked in one facet than any page offers: a forged address, refused. */
    static final int MAX_VALUES_PER_FACET = 50;

    /** The index also holds other features' documents (forum posts): the library searches its own. */
    private static final Set<String> LIBRARY_KINDS = Set.of(LibraryDocuments.COURSE_KIND, LibraryDocuments.MATERIAL_KIND);
    private static final Set<String> FACET_NAMES = Arrays.stream(LibraryFacet.values())
            .map(LibraryFacet::indexName).collect(Collectors.toUnmodifiableSet());

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Visibility visibility;

    @Inject
    SiteSearchService search;

    @Inject
    SearchHitDetails details;

    /**
     * @throws InvalidInputException when a facet has more ticked values than any page offers
     * @throws org.gongxue.platform.search.SearchUnavailableException when the index cannot answer
     */
    public LibrarySearchResults search(Actor reader, LibrarySearchRequest request) {
        AudienceSet audiences = visibility.audiencesOf(reader);
        int page = Math.min(request.page(), LAST_PAGE);
        ContentQuery query = new ContentQuery(request.text(), audienceKeys(audiences), page, COURSES_PER_PAGE,
                selection(request), FACET_NAMES, request.sort(), true, LIBRARY_KINDS);
        ContentResults results = search.search(query);
        boolean words = !query.text().isEmpty();
        List<CourseHit> courses = details.courses(reader, audiences, results.hits(), words);
        int pageCount = (int) Math.min(LAST_PAGE + 1, (results.groups() + COURSES_PER_PAGE - 1) / COURSES_PER_PAGE);
        return new LibrarySearchResults(query.text(), results.total(), results.groups(), page, pageCount, courses,
                facets(request, results));
    }

    /** Other courses of the same topic the reader may see, most watched first. */
    public List<CourseHit> related(Actor reader, CourseView course) {
        AudienceSet audiences = visibility.audiencesOf(reader);
        ContentQuery query = new ContentQuery("", audienceKeys(audiences), 0, RELATED_COURSES + 1,
                Map.of(LibraryFacet.TOPIC.indexName(), Set.of(course.getTopicCode())), Set.of(),
                ContentSort.MOST_WATCHED, true, LIBRARY_KINDS);
        List<ContentHit> others = search.search(query).hits().stream()
                .filter(hit -> LibraryDocuments.courseOf(hit.groupId()).orElse(-1) != course.getId())
                .limit(RELATED_COURSES)
                .toList();
        return details.courses(reader, audiences, others, false);
    }

    /** Course titles and lecturer names for what the reader has typed so far. */
    public Suggestions suggest(Actor reader, String typed) {
        return search.suggest(new SuggestionQuery(typed, audienceKeys(visibility.audiencesOf(reader)),
                Set.of(LibraryDocuments.COURSE_KIND), SUGGESTIONS));
    }

    private static Map<String, Set<String>> selection(LibrarySearchRequest request) {
        Map<String, Set<String>> selection = new HashMap<>();
        request.selected().forEach((facet, values) -> {
            if (values.size() > MAX_VALUES_PER_FACET) {
                throw InvalidInputException.of(facet.indexName(), "library.reader.search.tooManyValues");
            }
            selection.put(facet.indexName(), values);
        });
        return selection;
    }

    /**
     * Every facet, in the order of {@link LibraryFacet}. A value the reader ticked stays listed
     * (with its count, perhaps 0) so that it can be unticked.
     */
    private static List<FacetCounts> facets(LibrarySearchRequest request, ContentResults results) {
        List<FacetCounts> facets = new ArrayList<>();
        for (LibraryFacet facet : LibraryFacet.values()) {
            List<FacetCounts.FacetValue> values = new ArrayList<>();
            Set<String> unlisted = new LinkedHashSet<>(request.selected().getOrDefault(facet, Set.of()));
            for (FacetCount count : results.facets().getOrDefault(facet.indexName(), List.of())) {
                unlisted.remove(count.value());
                values.add(new FacetCounts.FacetValue(facet, count.value(), count.count(),
                        request.isSelected(facet, count.value())));
            }
            unlisted.forEach(value -> values.add(new FacetCounts.FacetValue(facet, value, 0, true)));
            facets.add(new FacetCounts(facet, values));
        }
        return facets;
    }

    /**
     * The index filters by audience keys. A platform administrator sees every audience: all
     * localities and all groups there are, which is the whole of what any document can carry.
     */
    @SuppressWarnings("unchecked")
    private Set<String> audienceKeys(AudienceSet audiences) {
        if (!audiences.isUnrestricted()) {
            return audiences.keys();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Audience.zone().key());
        ((List<String>) em.createNativeQuery("select code from locality").getResultList())
                .forEach(code -> keys.add(Audience.locality(code).key()));
        ((List<Number>) em.createNativeQuery("select id from person_group").getResultList())
                .forEach(id -> keys.add(Audience.group(id.longValue()).key()));
        return keys;
    }
}
