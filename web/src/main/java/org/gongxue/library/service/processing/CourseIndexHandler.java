package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;

/** COURSE_INDEX: a course or something shown with it changed; its key is the course id. */
@ApplicationScoped
public class CourseIndexHandler implements OutboxHandler {

    @Inject
    CourseIndexer indexer;

    @Override
    public String topic() {
        return LibraryEvents.COURSE_INDEX;
    }

    @Override
    public void handle(OutboxMessage message) throws Exception {
        indexer.index(Long.parseLong(message.key()));
    }
}
