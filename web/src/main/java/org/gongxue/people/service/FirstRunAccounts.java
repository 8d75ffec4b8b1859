package org.gongxue.people.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.model.GroupKind;
import org.gongxue.people.model.Person;
import org.gongxue.people.model.PersonGroup;
import org.gongxue.people.model.Unit;
import org.gongxue.people.model.UnitKind;
import org.gongxue.platform.access.Role;

/**
 * The accounts a new installation starts with. With {@code gongxue.bootstrap.demo-accounts=true}
 * (only the development run command and the test server set it): demo units and an account for
 * every role and locality, once (README.md lists them). Otherwise, on an empty people table: one
 * platform administrator, {@value #ADMIN_USERNAME}, whose initial password must come from
 * {@code gongxue.bootstrap.admin-password} and be changed at first sign-in.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstRunAccounts {

    private static final Logger LOG = Logger.getLogger(FirstRunAccounts.class.getName());
    static final String ADMIN_USERNAME = "admin";
    /** Development only, and listed in README.md: never set demo-accounts on a real installation. */
    static final String DEMO_PASSWORD = "Gongxue2026";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "gongxue.bootstrap.demo-accounts", defaultValue = "false")
    boolean demoAccounts;

    @Inject
    @ConfigProperty(name = "gongxue.bootstrap.admin-password")
    Optional<String> adminPassword;

    @PostConstruct
    void createAccounts() {
        if (demoAccounts) {
            createDemoData();
        } else if (em.createQuery("select count(p) from Person p", Long.class).getSingleResult() == 0) {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        if (adminPassword.isEmpty() || adminPassword.get().isBlank()) {
            LOG.severe("No accounts exist and no initial administrator password is configured: nobody can sign in. "
                    + "Set GONGXUE_BOOTSTRAP_ADMIN_PASSWORD (system property gongxue.bootstrap.admin-password) "
                    + "and restart; the administrator '" + ADMIN_USERNAME + "' is then created and must change "
                    + "that password at first sign-in.");
            return;
        }
        if (!PasswordPolicy.problems(ADMIN_USERNAME, adminPassword.get()).isEmpty()) {
            LOG.severe("The configured initial administrator password breaks the password policy (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, letters and digits, not the login name): "
                    + "no administrator was created. Set a stronger gongxue.bootstrap.admin-password and restart.");
            return;
        }
        Person admin = new Person(ADMIN_USERNAME, "平台管理员", "ZONE");
        admin.setRoles(Set.of(Role.PLATFORM_ADMIN));
        admin.setPasswordHash(passwords.hash(adminPassword.get()), true);
        em.persist(admin);
        audit.record("system", null, AuditAction.BOOTSTRAP, "person:" + ADMIN_USERNAME, "initial administrator");
        LOG.warning("Created the initial administrator '" + ADMIN_USERNAME
                + "'; the configured password must be changed at first sign-in.");
    }

    private void createDemoData() {
        LOG.warning("gongxue.bootstrap.demo-accounts=true: making sure the DEMO accounts exist (development only)");
        for (DemoLocality locality : DemoLocality.ALL) {
            Unit department = unit(locality.code, locality.department, UnitKind.ORGANIZATION_DEPARTMENT);
            Unit school = unit(locality.code, locality.partySchool, UnitKind.PARTY_SCHOOL);
            Unit town = unit(locality.code, locality.town, UnitKind.TOWN);
            String suffix = locality.code.toLowerCase();
            person("admin." + suffix, locality.shortName + "管理员", locality.code, department, Role.LOCALITY_ADMIN);
            person("teacher." + suffix, locality.shortName + "教师", locality.code, school, Role.TEACHER);
            person("cadre." + suffix, locality.shortName + "学员", locality.code, town, Role.CADRE);
        }
        Unit executive = unit("ZONE", "示范区执委会", UnitKind.ZONE_BODY);
        person("platform.admin", "平台管理员", "ZONE", executive, Role.PLATFORM_ADMIN);
        Person expert = person("expert.zone", "示范区专家", "ZONE", executive, Role.EXPERT);
        committee().add(expert);
    }

    private Unit unit(String localityCode, String name, UnitKind kind) {
        return em.createQuery("select u from Unit u where u.localityCode = :l and u.name = :n", Unit.class)
                .setParameter("l", localityCode).setParameter("n", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Unit unit = new Unit(localityCode, name, kind);
                    em.persist(unit);
                    return unit;
                });
    }

    private Person person(String username, String name, String localityCode, Unit unit, Role role) {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Person person = new Person(username, name, localityCode);
                    person.setUnit(unit);
                    person.setRoles(Set.of(role));
                    person.setPasswordHash(passwords.hash(DEMO_PASSWORD), false);
                    em.persist(person);
                    audit.record("system", null, AuditAction.BOOTSTRAP, "person:" + username, "demo account");
                    return person;
                });
    }

    private PersonGroup committee() {
        String name = "专家咨询委员会";
        return em.createQuery("select g from PersonGroup g where g.name = :n", PersonGroup.class)
                .setParameter("n", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    PersonGroup group = new PersonGroup(name, GroupKind.EXPERT_COMMITTEE, "ZONE");
                    em.persist(group);
                    return group;
                });
    }

    private record DemoLocality(String code, String shortName, String department, String partySchool, String town) {
        static final List<DemoLocality> ALL = List.of(
                new DemoLocality("QINGPU", "青浦", "青浦区委组织部", "青浦区委党校", "朱家角镇"),
                new DemoLocality("WUJIANG", "吴江", "吴江区委组织部", "吴江区委党校", "黎里镇"),
                new DemoLocality("JIASHAN", "嘉善", "嘉善县委组织部", "嘉善县委党校", "西塘镇"));
    }
}
