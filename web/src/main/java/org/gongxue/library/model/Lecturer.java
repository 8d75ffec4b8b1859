package org.gongxue.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who teaches a course. A simple entity for now (the faculty pool will grow it); {@code personId}
 * links a lecturer who also has an account, and is empty for a guest speaker.
 */
@Entity
@Table(name = "lecturer")
public class Lecturer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String title;

    @Column(name = "unit_name")
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LecturerKind kind;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Lecturer() {
    }

    public Lecturer(String name, LecturerKind kind, String localityCode) {
        this.name = name;
        this.kind = kind;
        this.localityCode = localityCode;
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public LecturerKind getKind() {
        return kind;
    }

    public void setKind(LecturerKind kind) {
        this.kind = kind;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
