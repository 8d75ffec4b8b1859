package org.gongxue.people.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonChanges;
import org.gongxue.people.service.PersonDraft;
import org.gongxue.people.service.PersonNotFoundException;
import org.gongxue.people.service.PersonView;
import org.gongxue.people.service.UnitService;
import org.gongxue.people.service.UnitView;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Creating a person ({@code admin/person.xhtml}) or editing one ({@code ?id=…}). Who may see and
 * change whom is the service's decision: a person the administrator may not manage answers 403.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "person-form";
    private static final Map<String, String> FIELDS = Map.of(
            "username", FORM + ":username",
            "name", FORM + ":name",
            "localityCode", FORM + ":locality",
            "unitId", FORM + ":unit",
            "position", FORM + ":position",
            "phone", FORM + ":phone",
            "email", FORM + ":email",
            "roles", FORM + ":roles",
            "password", FORM + ":initial-password");

    @Inject
    CurrentActor currentActor;

    @Inject
    PeopleService people;

    @Inject
    PersonEditor editor;

    @Inject
    UnitService units;

    private Long id;
    private PersonView person;
    private String username;
    private String name;
    private String localityCode;
    private Long unitId;
    private String position;
    private String phone;
    private String email;
    private List<String> roles = new ArrayList<>(List.of(Role.CADRE.name()));
    private String initialPassword;

    /** The view action: fills the form from the person, or from defaults for a new one. */
    public void load() throws IOException {
        if (id == null) {
            localityCode = actor().localityCode();
            return;
        }
        try {
            show(people.find(actor(), id));
        } catch (AccessDeniedException e) {
            refuse(HttpServletResponse.SC_FORBIDDEN);
        } catch (PersonNotFoundException e) {
            refuse(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (isCreating()) {
                PersonView created = people.create(actor(), new PersonDraft(username, name, chosenLocality(), unitId,
                        position, phone, email, chosenRoles(), initialPassword));
                faces.getExternalContext().getFlash().setKeepMessages(true);
                AdminMessages.info(faces, "admin.created");
                return "/admin/person?faces-redirect=true&id=" + created.getId();
            }
            show(editor.save(actor(), id, new PersonChanges(name, chosenLocality(), unitId, position, phone, email),
                    chosenRoles()));
            AdminMessages.info(faces, "admin.saved");
        } catch (InvalidInputException e) {
            Texts.show(faces, e.problems(), FIELDS);
        } catch (AccessDeniedException e) {
            AdminMessages.refused(faces);
        } finally {
            initialPassword = null;
        }
        return null;
    }

    /** The units offered follow the locality: a unit of the previous locality no longer fits. */
    public void localityChanged() {
        unitId = null;
    }

    /** After a change elsewhere on the page (status, password), the page shows the person as they are now. */
    void show(PersonView shown) {
        person = shown;
        username = shown.getUsername();
        name = shown.getName();
        localityCode = shown.getLocalityCode();
        unitId = shown.getUnitId();
        position = shown.getPosition();
        phone = shown.getPhone();
        email = shown.getEmail();
        roles = shown.getRoles().stream().filter(actor()::mayGrant).map(Role::name).collect(Collectors.toList());
    }

    public boolean isCreating() {
        return id == null;
    }

    /** Only platform administrators move people between localities; others keep their own. */
    public boolean isLocalityChoosable() {
        return actor().has(Role.PLATFORM_ADMIN);
    }

    public List<String> getLocalityCodes() {
        return Localities.CODES;
    }

    public List<UnitView> getUnits() {
        return units.unitsOf(chosenLocality());
    }

    /** The roles this administrator may give or take: administrator roles only for platform administrators. */
    public List<Role> getGrantableRoles() {
        return Arrays.stream(Role.values()).filter(actor()::mayGrant).toList();
    }

    /** Roles the person holds that this administrator may not change: shown, and kept as they are. */
    public List<Role> getFixedRoles() {
        return person == null ? List.of() : person.getRoles().stream().filter(role -> !actor().mayGrant(role)).toList();
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.stream().map(Role::valueOf).forEach(chosen::add);
        chosen.addAll(getFixedRoles());
        return chosen;
    }

    private String chosenLocality() {
        return isLocalityChoosable() || person == null ? localityCode : person.getLocalityCode();
    }

    private Actor actor() {
        return currentActor.require();
    }

    private static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseSendError(status, null);
        faces.responseComplete();
    }

    public PersonView getPerson() {
        return person;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public void setLocalityCode(String localityCode) {
        this.localityCode = localityCode;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
