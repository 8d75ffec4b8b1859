package org.gongxue.platform.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Set;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentResults;
import org.gongxue.search.index.ContentSearcher;
import org.gongxue.search.index.ContentSuggester;
import org.gongxue.search.index.SuggestionQuery;
import org.gongxue.search.index.Suggestions;

/**
 * The one search of the platform: every page and API that searches comes here, so that every
 * search is filtered by what the reader may see.
 */
@ApplicationScoped
public class SiteSearchService {

    static final int PAGE_SIZE = 20;

    @Inject
    ContentSearcher searcher;

    @Inject
    ContentSuggester suggester;

    /**
     * Finds what the reader may see.
     *
     * @param text      the words as typed; odd input is searched for as words, never an error
     * @param audiences the audiences the reader belongs to
     * @param page      zero-based page
     * @throws SearchUnavailableException when Elasticsearch cannot answer
     */
    public ContentResults search(String text, Set<String> audiences, int page) {
        return search(new ContentQuery(text, audiences, page, PAGE_SIZE));
    }

    /**
     * Runs a query built by the caller (facets, order, grouping), whose audiences the caller took
     * from the reader.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot answer
     */
    public ContentResults search(ContentQuery query) {
        try {
            return searcher.search(query);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /**
     * Suggestions for what the reader is typing, from what they may see.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot answer
     */
    public Suggestions suggest(SuggestionQuery query) {
        try {
            return suggester.suggest(query);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
