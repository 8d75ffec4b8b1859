-- An event that became a course of its series in the library (issue 6): the course and the
-- lecture that carries the recording and the event's materials. One course per event, one event
-- per course; the link is what the event page, the course page, the series page and the
-- statistics ("recordings watched") follow.
CREATE TABLE event_course (
    event_id   BIGINT    NOT NULL PRIMARY KEY REFERENCES event (id),
    course_id  BIGINT    NOT NULL UNIQUE REFERENCES course (id),
    -- No foreign key: the course's editors may still remove the lecture in the library.
    lecture_id BIGINT    NOT NULL,
    created_by BIGINT    NOT NULL REFERENCES person (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version    INTEGER   NOT NULL
);
