package org.gongxue.library.service.processing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongxue.library.service.LibraryDocuments;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.SearchDocument;

/**
 * Brings the index in line with one course as the database and the object store have it now:
 * a published course is (re)indexed with its materials, any other course is removed. Idempotent,
 * so an event handled twice, or late, does no harm.
 */
@ApplicationScoped
public class CourseIndexer {

    @Inject
    CourseSnapshots snapshots;

    @Inject
    MaterialContents contents;

    @Inject
    ContentIndex index;

    /** @return the number of documents written (0 when the course left the index) */
    public int index(long courseId) throws ServiceDownException {
        Optional<CourseSnapshot> found = snapshots.of(courseId);
        try {
            if (found.isEmpty()) {
                index.delete(LibraryDocuments.courseId(courseId));
                return 0;
            }
            CourseSnapshot course = found.get();
            if (!course.published()) {
                index.delete(CourseDocuments.allIds(course));
                return 0;
            }
            List<SearchDocument> documents = documents(course);
            requireAllIndexed(index.index(documents));
            index.delete(CourseDocuments.staleIds(course));
            return documents.size();
        } catch (IOException | ElasticsearchException e) {
            Unreachable.throwIfSearchIndexDown(e);
            throw new IllegalStateException("Indexing course " + courseId + " failed: " + e.getMessage(), e);
        }
    }

    /** The documents of a published course, its materials' words read from the object store. */
    public List<SearchDocument> documents(CourseSnapshot course) throws ServiceDownException {
        Map<Long, MaterialContent> words = contents.of(course);
        return CourseDocuments.of(course, material -> words.getOrDefault(material.id(), MaterialContent.NONE));
    }

    static void requireAllIndexed(BulkIndexResult result) {
        if (!result.allSucceeded()) {
            BulkIndexResult.Failure first = result.failures().get(0);
            throw new IllegalStateException(result.failures().size() + " documents were refused by the index, e.g. "
                    + first.id() + ": " + first.type() + " " + first.reason());
        }
    }
}
