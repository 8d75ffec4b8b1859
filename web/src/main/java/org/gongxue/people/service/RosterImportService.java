package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.service.roster.NewPerson;
import org.gongxue.people.service.roster.RosterImport;
import org.gongxue.people.service.roster.RosterLimits;
import org.gongxue.people.service.roster.RosterPreview;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Importing a roster (名单): first a preview with every row's problems, written nowhere; then,
 * for a roster without problems, everyone in one transaction or no one.
 */
@ApplicationScoped
@Transactional
public class RosterImportService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    PeopleService people;

    @Inject
    AuditLog audit;

    @Inject
    UnitService units;

    private final RosterImport rosterImport = new RosterImport(RosterLimits.DEFAULTS);

    /** The rows of the roster and their problems, as they stand now; changes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterPreview preview(Actor importer, byte[] roster) {
        PeopleService.requireAdministrator(importer);
        return check(importer, roster);
    }

    /**
     * Creates everyone in the roster, all with the same initial password (each person changes it
     * at first sign-in), if the roster is still free of problems. It is checked again here
     * because someone may have registered a phone or login name since the preview.
     *
     * @return the preview the decision was made on: {@link RosterPreview#canCommit()} false means
     *         nothing was written
     * @throws org.gongxue.platform.validation.InvalidInputException if the password breaks the
     *         policy (nothing written)
     */
    public RosterPreview commit(Actor importer, byte[] roster, String initialPassword) {
        PeopleService.requireAdministrator(importer);
        // The policy once for the shared password, rather than the same complaint for every row.
        List<Problem> passwordProblems = PasswordPolicy.problems(null, initialPassword);
        if (!passwordProblems.isEmpty()) {
            throw new InvalidInputException(passwordProblems);
        }
        RosterPreview preview = check(importer, roster);
        if (preview.canCommit()) {
            List<PersonDraft> drafts = preview.newPeople().stream()
                    .map(person -> draftOf(person, initialPassword))
                    .toList();
            people.createAll(importer, drafts);
            audit.record(importer, AuditAction.ROSTER_IMPORTED, null, drafts.size() + " people");
        }
        return preview;
    }

    private RosterPreview check(Actor importer, byte[] roster) {
        try {
            return rosterImport.preview(new ByteArrayInputStream(roster), new PeopleRosterDirectory(em, importer));
        } catch (IOException e) {
            // Reading a byte array does not fail; the signature serves uploads read as streams.
            throw new UncheckedIOException(e);
        }
    }

    private PersonDraft draftOf(NewPerson person, String initialPassword) {
        // The preview checked that the unit exists in this locality.
        long unitId = units.byName(person.localityCode(), person.unit()).orElseThrow().getId();
        return new PersonDraft(person.username(), person.name(), person.localityCode(), unitId, person.position(),
                person.phone(), person.email(), person.roles(), initialPassword);
    }

}
