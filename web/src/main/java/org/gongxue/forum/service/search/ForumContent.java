package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.gongxue.platform.search.IndexedContent;
import org.gongxue.search.index.SearchDocument;

/** The forum's part of a rebuild of the index: the document of every visible post. */
@ApplicationScoped
public class ForumContent implements IndexedContent {

    @Inject
    ForumIndexSource source;

    @Override
    public long countDocuments() {
        return source.countVisiblePosts();
    }

    /** Read lazily a batch of posts at a time, in id order. */
    @Override
    public Stream<SearchDocument> documents() {
        return Stream.iterate(source.visiblePostsAfter(0, ForumIndexWriter.BATCH), batch -> !batch.postIds().isEmpty(),
                        batch -> source.visiblePostsAfter(batch.postIds().get(batch.postIds().size() - 1),
                                ForumIndexWriter.BATCH))
                .flatMap(batch -> batch.documents().stream());
    }
}
