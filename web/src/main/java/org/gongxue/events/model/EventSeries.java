package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongxue.platform.database.TrackedEntity;

/**
 * A series of events: the Grand Classroom (示范区大课堂), the "Four New" lectures (四新讲座), or one
 * a locality starts. The two shared series carry a {@code code} whose name the bundles give.
 */
@Entity
@Table(name = "event_series")
public class EventSeries extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    protected EventSeries() {
    }

    public EventSeries(String title, String localityCode) {
        this.title = title;
        this.localityCode = localityCode;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLocalityCode() {
        return localityCode;
    }
}
