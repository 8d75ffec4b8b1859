package org.gongxue.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.gongxue.search.extraction.ExtractionSettings;
import org.gongxue.search.extraction.TextExtractor;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.ContentSearcher;
import org.gongxue.search.index.ContentSuggester;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchHealthProbe;
import org.gongxue.search.index.SearchSettings;
import org.gongxue.search.subtitles.SubtitleParser;

/**
 * Makes the search module's parts injectable: one connection to the cluster shared by the
 * index writer, the searcher, the suggester and the health probe, one pool of extraction child
 * processes, and the subtitle parser.
 * They are thread-safe final classes, so they are produced as singletons (not proxied).
 */
@ApplicationScoped
public class SearchProducer {

    @Produces
    @Singleton
    SearchSettings searchSettings(Config config) {
        return SearchSettings.fromConfig(config);
    }

    @Produces
    @Singleton
    SearchConnection searchConnection(SearchSettings settings) {
        return SearchConnection.open(settings);
    }

    void closeConnection(@Disposes SearchConnection connection) {
        connection.close();
    }

    @Produces
    @Singleton
    ContentIndex contentIndex(SearchConnection connection, SearchSettings settings) {
        return new ContentIndex(connection.client(), settings);
    }

    @Produces
    @Singleton
    ContentSearcher contentSearcher(SearchConnection connection, SearchSettings settings) {
        return new ContentSearcher(connection.client(), settings);
    }

    @Produces
    @Singleton
    ContentSuggester contentSuggester(SearchConnection connection, SearchSettings settings) {
        return new ContentSuggester(connection.client(), settings);
    }

    @Produces
    @Singleton
    SubtitleParser subtitleParser() {
        return new SubtitleParser();
    }

    @Produces
    @Singleton
    SearchHealthProbe searchHealthProbe(SearchConnection connection) {
        return new SearchHealthProbe(connection.client());
    }

    @Produces
    @Singleton
    TextExtractor textExtractor(Config config) {
        return new TextExtractor(ExtractionSettings.fromConfig(config));
    }

    void closeExtractor(@Disposes TextExtractor extractor) {
        extractor.close();
    }
}
