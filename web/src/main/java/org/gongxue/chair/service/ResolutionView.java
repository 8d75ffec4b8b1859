package org.gongxue.chair.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongxue.chair.model.Resolution;
import org.gongxue.chair.model.ResolutionProgress;
import org.gongxue.platform.time.ZoneClock;

/** A resolution with its progress, for one reader: {@code updatable} says whether they may add to it. */
public final class ResolutionView {

    private final long id;
    private final long meetingId;
    private final String meetingTitle;
    private final String text;
    private final String ownerLocalityCode;
    private final LocalDate dueOn;
    private final Instant doneAt;
    private final List<Progress> progress;
    private final boolean updatable;

    ResolutionView(Resolution resolution, boolean updatable) {
        this.id = resolution.getId();
        this.meetingId = resolution.getMeeting().getId();
        this.meetingTitle = resolution.getMeeting().getTitle();
        this.text = resolution.getText();
        this.ownerLocalityCode = resolution.getOwnerLocalityCode();
        this.dueOn = resolution.getDueOn();
        this.doneAt = resolution.getDoneAt();
        this.progress = resolution.getProgress().stream().map(Progress::new).toList();
        this.updatable = updatable;
    }

    public long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public String getText() {
        return text;
    }

    public String getOwnerLocalityCode() {
        return ownerLocalityCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Open past its due day (in the zone's time). */
    public boolean isOverdue() {
        return doneAt == null && dueOn.isBefore(ZoneClock.today());
    }

    public List<Progress> getProgress() {
        return progress;
    }

    public boolean isUpdatable() {
        return updatable;
    }

    /** One progress note. */
    public static final class Progress {

        private final String note;
        private final String writtenBy;
        private final Instant writtenAt;

        Progress(ResolutionProgress progress) {
            this.note = progress.getNote();
            this.writtenBy = progress.getWrittenBy();
            this.writtenAt = progress.getWrittenAt();
        }

        public String getNote() {
            return note;
        }

        public String getWrittenBy() {
            return writtenBy;
        }

        public Instant getWrittenAt() {
            return writtenAt;
        }
    }
}
