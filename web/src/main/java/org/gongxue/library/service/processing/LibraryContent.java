package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.platform.search.IndexedContent;
import org.gongxue.search.index.SearchDocument;

/** The library's part of a rebuild of the index: the documents of every published course. */
@ApplicationScoped
public class LibraryContent implements IndexedContent {

    /** Courses read per database round trip. */
    static final int COURSES_PER_PAGE = 100;

    @Inject
    CourseSnapshots snapshots;

    @Inject
    CourseIndexer indexer;

    @Override
    public long countDocuments() {
        return snapshots.countSearchableDocuments();
    }

    /** Read lazily a page of courses at a time. */
    @Override
    public Stream<SearchDocument> documents() {
        return Stream.iterate(snapshots.publishedAfter(0, COURSES_PER_PAGE), page -> !page.isEmpty(),
                        page -> snapshots.publishedAfter(page.get(page.size() - 1), COURSES_PER_PAGE))
                .flatMap(List::stream)
                .flatMap(courseId -> snapshots.of(courseId).filter(CourseSnapshot::published).stream())
                .flatMap(course -> documentsOf(course).stream());
    }

    private List<SearchDocument> documentsOf(CourseSnapshot course) {
        try {
            return indexer.documents(course);
        } catch (ServiceDownException e) {
            // Stops the rebuild: the new index would lack this course's materials.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
