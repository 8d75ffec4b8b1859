package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.forum.model.ForbiddenWord;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * The configurable list of forbidden words: a post whose title or text contains one (in any
 * case) is held for a moderator's review instead of being shown. Platform administrators keep
 * the list; every change is audited.
 */
@ApplicationScoped
@Transactional
public class ForbiddenWords {

    static final int MAX_WORD = 100;
    static final int MAX_WORDS = 2000;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<String> list() {
        return em.createQuery("select w.word from ForbiddenWord w order by w.word", String.class).getResultList();
    }

    /** Replaces the list with these words (blank lines dropped, duplicates merged). */
    public List<String> replace(Actor actor, List<String> words) {
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException(actor.username() + " may not change the forbidden words");
        }
        Set<String> cleaned = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String word : words == null ? List.<String>of() : words) {
            String normal = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            if (normal.length() > MAX_WORD) {
                problems.add(Problem.of("words", "forum.problem.wordTooLong"));
            } else if (!normal.isEmpty()) {
                cleaned.add(normal);
            }
        }
        if (cleaned.size() > MAX_WORDS) {
            problems.add(Problem.of("words", "forum.problem.tooManyWords"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.subList(0, 1));
        }
        List<String> before = list();
        em.createQuery("delete from ForbiddenWord w").executeUpdate();
        cleaned.forEach(word -> em.persist(new ForbiddenWord(word)));
        audit.record(actor, AuditAction.FORBIDDEN_WORDS_CHANGED, "forum:forbidden-words",
                before.size() + " → " + cleaned.size() + " words");
        return list();
    }

    /** Does this text contain a forbidden word? */
    boolean foundIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return list().stream().anyMatch(lower::contains);
    }
}
