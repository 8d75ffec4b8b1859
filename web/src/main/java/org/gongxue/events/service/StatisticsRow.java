package org.gongxue.events.service;

/**
 * One line of the events' statistics: a series or a locality, with the events held (or hosted),
 * the confirmed registrations and how many of them came, and how often its recordings were watched
 * in the library (lecture views of the courses its events became). The attendance rate is a percentage of
 * the confirmed registrations of events that have started; null while there are none.
 */
public final class StatisticsRow {

    private final String key;
    private final String nameKey;
    private final String title;
    private final long events;
    private final long registrations;
    private final long attended;
    private final long recordingsWatched;

    StatisticsRow(String key, String nameKey, String title, long events, long registrations, long attended,
                  long recordingsWatched) {
        this.key = key;
        this.nameKey = nameKey;
        this.title = title;
        this.events = events;
        this.registrations = registrations;
        this.attended = attended;
        this.recordingsWatched = recordingsWatched;
    }

    /** The series id or the locality code. */
    public String getKey() {
        return key;
    }

    /** The bundle key of the name (a locality, a shared series), or null: then the title is the name. */
    public String getNameKey() {
        return nameKey;
    }

    public String getTitle() {
        return title;
    }

    public long getEvents() {
        return events;
    }

    public long getRegistrations() {
        return registrations;
    }

    public long getAttended() {
        return attended;
    }

    public long getRecordingsWatched() {
        return recordingsWatched;
    }

    public Integer getAttendanceRate() {
        return registrations == 0 ? null : (int) Math.round(100.0 * attended / registrations);
    }
}
