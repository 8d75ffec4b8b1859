package org.gongxue.people.service;

import java.time.Instant;
import java.util.List;
import org.gongxue.people.model.Person;
import org.gongxue.people.model.PersonStatus;
import org.gongxue.platform.access.Role;

/**
 * What views and the REST API see of a person: never the entity, never the password hash.
 * A class with getters rather than a record, because Faces EL cannot read records.
 */
public final class PersonView {

    private final long id;
    private final String username;
    private final String name;
    private final String localityCode;
    private final Long unitId;
    private final String unitName;
    private final String position;
    private final String phone;
    private final String email;
    private final PersonStatus status;
    private final List<Role> roles;
    private final boolean mustChangePassword;
    private final Instant createdAt;
    private final Instant updatedAt;

    PersonView(Person person) {
        this.id = person.getId();
        this.username = person.getUsername();
        this.name = person.getName();
        this.localityCode = person.getLocalityCode();
        this.unitId = person.getUnit() == null ? null : person.getUnit().getId();
        this.unitName = person.getUnit() == null ? null : person.getUnit().getName();
        this.position = person.getPosition();
        this.phone = person.getPhone();
        this.email = person.getEmail();
        this.status = person.getStatus();
        this.roles = person.getRoles().stream().sorted().toList();
        this.mustChangePassword = person.isMustChangePassword();
        this.createdAt = person.getCreatedAt();
        this.updatedAt = person.getUpdatedAt();
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
