package org.gongxue.chair.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.gongxue.platform.database.TrackedEntity;

/**
 * One period of the rotating chair (轮值组长制): the locality that chairs the community from
 * {@code startsOn} to {@code endsOn}, both inclusive. Its administrators organize the shared
 * (ZONE) events of the period.
 */
@Entity
@Table(name = "chair_term")
public class ChairTerm extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected ChairTerm() {
    }

    public ChairTerm(String localityCode, LocalDate startsOn, LocalDate endsOn) {
        this.localityCode = localityCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
