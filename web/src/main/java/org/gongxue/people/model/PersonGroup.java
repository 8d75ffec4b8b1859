package org.gongxue.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A named group of people (a class, the expert committee): one audience content can be shown to. */
@Entity
@Table(name = "person_group")
public class PersonGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupKind kind;

    /** The locality that runs the group (ZONE for bodies of all three). */
    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @ManyToMany
    @JoinTable(name = "group_member",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new HashSet<>();

    protected PersonGroup() {
    }

    public PersonGroup(String name, GroupKind kind, String localityCode) {
        this.name = name;
        this.kind = kind;
        this.localityCode = localityCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public boolean add(Person member) {
        return members.add(member);
    }

    public boolean remove(Person member) {
        return members.remove(member);
    }
}
