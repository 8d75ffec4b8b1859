package org.gongxue.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 单位: a person's organisation, in one locality. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    protected Unit() {
    }

    public Unit(String localityCode, String name, UnitKind kind) {
        this.localityCode = localityCode;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }
}
